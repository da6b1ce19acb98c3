package org.tianbao.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering: the model knows nothing of JavaFX, POI, SQL or JSON; storage and spreadsheets depend on
 * the model, not on each other's internals or the UI; nothing but the entry point depends on the UI.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tianbao");
    }

    @Test
    void modelIsPlainJava() {
        ArchRule rule = noClasses().that().resideInAPackage("org.tianbao.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.apache.poi..", "java.sql..",
                        "javax.sql..", "org.h2..", "org.flywaydb..", "com.fasterxml..", "picocli..", "org.controlsfx..",
                        "java.awt..", "javax.swing..")
                .orShould().dependOnClassesThat().resideInAnyPackage("org.tianbao..")
                .andShould().dependOnClassesThat().resideOutsideOfPackages("org.tianbao.model..", "java..");
        rule.check(classes);
    }

    @Test
    void modelDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("org.tianbao.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.tianbao.store..", "org.tianbao.excel..",
                        "org.tianbao.ui..", "org.tianbao.cli..", "org.tianbao.app..", "org.tianbao.form..")
                .check(classes);
    }

    @Test
    void nothingButTheEntryPointDependsOnTheUi() {
        noClasses().that().resideOutsideOfPackage("org.tianbao.ui..")
                .and().doNotHaveFullyQualifiedName("org.tianbao.Main")
                .should().dependOnClassesThat().resideInAPackage("org.tianbao.ui..")
                .check(classes);
    }

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.tianbao.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                        "org.kordamp..")
                .check(classes);
    }

    @Test
    void sqlStaysInStorage() {
        noClasses().that().resideOutsideOfPackage("org.tianbao.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..")
                .check(classes);
    }

    @Test
    void spreadsheetLibraryStaysInTheSpreadsheetPackage() {
        noClasses().that().resideOutsideOfPackage("org.tianbao.excel..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.openxmlformats..",
                        "org.dhatim.fastexcel..")
                .check(classes);
    }

    @Test
    void spreadsheetsAndStorageDoNotKnowEachOther() {
        noClasses().that().resideInAPackage("org.tianbao.excel..")
                .should().dependOnClassesThat().resideInAnyPackage("org.tianbao.store..", "org.tianbao.transfer..",
                        "org.tianbao.cli..", "org.tianbao.app..")
                .check(classes);
        noClasses().that().resideInAPackage("org.tianbao.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.tianbao.excel..", "org.tianbao.transfer..")
                .check(classes);
    }

    @Test
    void commandLineLibraryStaysInTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("org.tianbao.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(classes);
    }

    @Test
    void referencePlansDependOnTheModelOnly() {
        noClasses().that().resideInAPackage("org.tianbao.refs..")
                .should().dependOnClassesThat().resideInAnyPackage("org.tianbao.store..", "org.tianbao.ui..",
                        "org.tianbao.cli..", "org.tianbao.app..", "org.tianbao.form..", "org.tianbao.excel..")
                .check(classes);
    }

    @Test
    void fullTextSearchStaysInTheReferencePlans() {
        noClasses().that().resideOutsideOfPackage("org.tianbao.refs..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.tianbao.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noConsolePrintingOutsideTheCommandLineAndStartUp() {
        noClasses().that().resideOutsideOfPackages("org.tianbao.cli..")
                .and().doNotHaveFullyQualifiedName("org.tianbao.Main")
                .and().haveNameNotMatching("org\\.tianbao\\.ui\\.TianbaoApp.*")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void uiPackagesAreLayeredTheOneWayRound() {
        classes().that().resideInAPackage("org.tianbao.ui.edit..")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("org.tianbao.ui.nav..",
                        "org.tianbao.ui.settings..")
                .check(classes);
    }
}
