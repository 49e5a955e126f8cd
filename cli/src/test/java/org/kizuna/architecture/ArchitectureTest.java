package org.kizuna.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the dependency arrows pointing inward: the domain knows nothing else, metrics know only the domain,
 * the store implements what metrics need, and the command line is a shell around them. Only the store
 * speaks SQL.
 */
class ArchitectureTest {

    private static JavaClasses kizuna;

    @BeforeAll
    static void importClasses() {
        kizuna = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.kizuna");
    }

    @Test
    void dependenciesPointInward() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("domain")
                .definedBy("org.kizuna.domain..")
                .layer("metrics")
                .definedBy("org.kizuna.metrics..")
                .layer("store")
                .definedBy("org.kizuna.store..")
                .layer("generator")
                .definedBy("org.kizuna.generator..")
                .layer("cli")
                .definedBy("org.kizuna.cli..")
                .whereLayer("cli")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("store")
                .mayOnlyBeAccessedByLayers("cli")
                .whereLayer("generator")
                .mayOnlyBeAccessedByLayers("cli")
                .whereLayer("metrics")
                .mayOnlyBeAccessedByLayers("store", "cli")
                .whereLayer("domain")
                .mayOnlyBeAccessedByLayers("metrics", "store", "generator", "cli")
                .check(kizuna);
    }

    @Test
    void onlyTheStoreSpeaksSql() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.kizuna.store..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "org.duckdb..", "org.flywaydb..")
                .check(kizuna);
    }

    @Test
    void metricRulesDependOnTheDomainAlone() {
        noClasses()
                .that()
                .resideInAPackage("org.kizuna.metrics..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.kizuna.store..", "org.kizuna.cli..", "org.kizuna.generator..")
                .check(kizuna);
    }
}
