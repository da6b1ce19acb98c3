package org.tianbao.ui.refs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.stage.Window;
import org.tianbao.model.FormRewrite;
import org.tianbao.refs.DepartmentMapping;
import org.tianbao.refs.DepartmentProposal;
import org.tianbao.store.DepartmentMappingStore;
import org.tianbao.ui.edit.FormSession;

/**
 * Turns the names a plan item or a unit's row gives (bodies, departments) into the departments to add to
 * a row: through the officer's department mapping (部门对应表), asking first when a name maps to nothing
 * or to a department the dictionary lacks. Keeps the mapping in force and its editor.
 */
final class DepartmentChooser implements FormSession.DepartmentNamesElsewhere {

    private static final Logger LOG = Logger.getLogger(DepartmentChooser.class.getName());

    private final FormSession session;
    private final DepartmentMappingStore mappings;
    private CompletableFuture<DepartmentMapping> mapping;

    /** Reads the mapping in the background now, long before the first 添加部门. */
    DepartmentChooser(FormSession session, DepartmentMappingStore mappings) {
        this.session = session;
        this.mappings = mappings;
        this.mapping = CompletableFuture.supplyAsync(mappings::load);
    }

    /**
     * The departments to add for some names, in order: a plan's bodies ({@code ofPlan}) through the
     * mapping, a unit's departments as they are when the dictionary has them. Empty when the officer
     * cancels the question.
     */
    Optional<List<String>> choose(Window owner, List<String> names, AddDepartmentsDialog.Wording wording, boolean ofPlan) {
        DepartmentMapping current = currentMapping();
        List<DepartmentProposal> proposals = ofPlan ? current.propose(names, session.departmentNames())
                : current.proposeForDepartments(names, session.departmentNames());
        if (proposals.stream().allMatch(DepartmentProposal::isKnown)) {
            return Optional.of(DepartmentMapping.departmentsOf(proposals));
        }
        Optional<AddDepartmentsDialog.Choice> choice = new AddDepartmentsDialog(owner, wording, proposals,
                List.copyOf(session.departmentNames())).showAndWait();
        choice.filter(c -> !c.remembered().isEmpty()).ifPresent(c -> {
            DepartmentMapping updated = current;
            for (DepartmentMapping.Rule rule : c.remembered()) {
                updated = updated.withRuleFirst(rule.keyword(), rule.department());
            }
            save(updated);
        });
        return choice.map(AddDepartmentsDialog.Choice::departments);
    }

    /** Opens the department mapping editor (编辑 → 部门对应表). */
    void editMapping(Window owner) {
        new DepartmentMappingDialog(owner, currentMapping(), List.copyOf(session.departmentNames()))
                .showAndWait().ifPresent(result -> {
                    if (result instanceof DepartmentMappingDialog.Save saved) {
                        save(saved.mapping());
                    } else {
                        mapping = CompletableFuture.completedFuture(DepartmentMapping.defaults());
                        session.saves().submit("refs:mapping", mappings::reset);
                    }
                });
    }

    /** The mapping's departments renamed as the rewrite renames the form's (县财政局 → 区财政局). */
    @Override
    public FormSession.SettingsChange follow(FormRewrite rewrite) {
        DepartmentMapping before = currentMapping();
        DepartmentMapping after = before.withDepartments(d -> rewrite.applyToNames(List.of(d)).stream().findFirst().orElse(d));
        return after.equals(before) ? FormSession.SettingsChange.NONE
                : new FormSession.SettingsChange(DepartmentMappingStore.asSetting(before), DepartmentMappingStore.asSetting(after));
    }

    @Override
    public void use(Map<String, String> settings) {
        DepartmentMappingStore.fromSetting(settings).ifPresent(m -> mapping = CompletableFuture.completedFuture(m));
    }

    private void save(DepartmentMapping updated) {
        mapping = CompletableFuture.completedFuture(updated);
        session.saves().submit("refs:mapping", () -> mappings.save(updated));
    }

    /** The mapping in force; its first load is short, and done long before the first click. */
    DepartmentMapping currentMapping() {
        try {
            return mapping.join();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "cannot load the department mapping; using the default", e);
            mapping = CompletableFuture.completedFuture(DepartmentMapping.defaults());
            return mapping.join();
        }
    }
}
