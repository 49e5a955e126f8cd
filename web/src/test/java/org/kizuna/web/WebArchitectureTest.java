package org.kizuna.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The web is a shell around the command line's code: it speaks no SQL (the store does), nothing else depends
 * on it, and its controllers are package-private, reached only through their routes.
 */
class WebArchitectureTest {

    private static JavaClasses kizuna;

    @BeforeAll
    static void importClasses() {
        kizuna = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.kizuna");
    }

    @Test
    void theWebSpeaksNoSql() {
        noClasses()
                .that()
                .resideInAPackage("org.kizuna.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "java.sql..", "javax.sql..", "org.duckdb..", "org.flywaydb..", "org.springframework.jdbc..")
                .check(kizuna);
    }

    @Test
    void nothingElseDependsOnTheWeb() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.kizuna.web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.kizuna.web..")
                .check(kizuna);
    }

    @Test
    void controllersArePackagePrivate() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .notBePublic()
                .check(kizuna);
    }
}
