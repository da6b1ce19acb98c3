package org.tianbao.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tianbao.refs.DepartmentMapping;

/**
 * The mapping from the plans' bodies to county departments, as the officer edited it; the built-in
 * default until the officer saves one. Kept as one setting, so that backups and restores carry it.
 */
public final class DepartmentMappingStore {

    static final String SETTING = "refs.departmentMapping";

    private final Settings settings;

    public DepartmentMappingStore(Settings settings) {
        this.settings = settings;
    }

    public DepartmentMapping load() {
        return settings.get(SETTING).map(DepartmentMapping::fromText).orElseGet(DepartmentMapping::defaults);
    }

    /** Keeps the officer's mapping, replacing the one before. */
    public void save(DepartmentMapping mapping) {
        settings.put(SETTING, mapping.toText());
    }

    /**
     * The mapping as the setting {@link #save} writes, for a caller that saves it together with other changes
     * in one transaction ({@link FormStore#saveTogether(List, List, Map)}).
     */
    public static Map<String, String> asSetting(DepartmentMapping mapping) {
        return Map.of(SETTING, mapping.toText());
    }

    /** The mapping in settings written by {@link #asSetting}, if they hold one. */
    public static Optional<DepartmentMapping> fromSetting(Map<String, String> settings) {
        return Optional.ofNullable(settings.get(SETTING)).map(DepartmentMapping::fromText);
    }

    /** Goes back to the built-in default. */
    public void reset() {
        settings.remove(SETTING);
    }
}
