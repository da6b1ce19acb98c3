package org.tianbao.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tianbao.refs.DepartmentMapping;

/** The officer's mapping survives reopening; the default maps only to departments the dictionary has. */
class DepartmentMappingStoreTest {

    @TempDir
    Path dir;

    private Workspace open() throws IOException {
        return Workspace.open(new DataFolder(dir));
    }

    @Test
    void theDefaultMappingNamesOnlyDepartmentsOfTheDefaultDictionary() throws IOException {
        try (Workspace ws = open()) {
            DepartmentMapping mapping = ws.departmentMapping().load();
            assertThat(mapping).isEqualTo(DepartmentMapping.defaults());
            assertThat(mapping.rules()).isNotEmpty();
            assertThat(ws.departments().names())
                    .containsAll(mapping.rules().stream().map(DepartmentMapping.Rule::department).distinct().toList());
        }
    }

    @Test
    void anEditedMappingIsKeptUntilReset() throws IOException {
        DepartmentMapping edited = new DepartmentMapping(List.of(
                new DepartmentMapping.Rule("海关", "县商务局"),
                new DepartmentMapping.Rule("公安", "县公安局")));
        try (Workspace ws = open()) {
            ws.departmentMapping().save(edited);
        }
        try (Workspace ws = open()) {
            assertThat(ws.departmentMapping().load()).isEqualTo(edited);
            assertThat(ws.departmentMapping().load().departmentFor("贵阳海关")).contains("县商务局");
            // An emptied mapping is the officer's choice too, not a reason to fall back to the default.
            ws.departmentMapping().save(new DepartmentMapping(List.of()));
            assertThat(ws.departmentMapping().load().rules()).isEmpty();
            ws.departmentMapping().reset();
        }
        try (Workspace ws = open()) {
            assertThat(ws.departmentMapping().load()).isEqualTo(DepartmentMapping.defaults());
        }
    }

    @Test
    void backupsCarryTheEditedMapping() throws IOException {
        DepartmentMapping edited = DepartmentMapping.defaults().withRuleFirst("贵阳海关", "县商务局");
        try (Workspace ws = open()) {
            ws.departmentMapping().save(edited);
            Snapshot backup = ws.snapshot();
            ws.departmentMapping().reset();
            assertThat(ws.departmentMapping().load()).isEqualTo(DepartmentMapping.defaults());
            ws.restore(backup);
            assertThat(ws.departmentMapping().load()).isEqualTo(edited);
        }
    }
}
