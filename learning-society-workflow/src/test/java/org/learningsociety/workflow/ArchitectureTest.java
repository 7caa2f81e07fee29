package org.learningsociety.workflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.learningsociety.workflow.api.offender.EngineCallingController;
import org.learningsociety.workflow.offenderleft.Left;
import org.learningsociety.workflow.offenderright.Right;

/**
 * The starter keeps one concern per package: no cycles between its packages, an API that knows no
 * engine type, beans made in auto-configuration only, a root that holds only the top
 * auto-configuration, the properties and the adapters of the core's ports, and a package-info in
 * every package. Each rule is shown to fail on an offender.
 */
class ArchitectureTest {

    private static final String WORKFLOW = "org.learningsociety.workflow";

    /** The root's files: the top auto-configuration, the properties, the core ports' Spring adapters. */
    private static final int ROOT_FILES_AT_MOST = 8;

    static {
        // The rules name packages only: no need to resolve every referenced class from the classpath.
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
    }

    private static final JavaClasses WORKFLOW_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(WORKFLOW);

    private static final ArchRule PACKAGES_FREE_OF_CYCLES = slices().matching(WORKFLOW + ".(*)..")
            .should().beFreeOfCycles()
            .because("each concern of the starter is a room of its own, and dependencies between rooms run one way");

    private static final ArchRule API_KNOWS_NO_ENGINE = noClasses()
            .that().resideInAPackage(WORKFLOW + ".api..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..")
            .because("the API's controllers call the starter's services, which call the engine");

    private static final ArchRule NO_COMPONENT_SCANNING = noClasses()
            .that().resideInAPackage(WORKFLOW + "..")
            .should().beAnnotatedWith("org.springframework.stereotype.Component")
            .orShould().beAnnotatedWith("org.springframework.stereotype.Service")
            .orShould().beAnnotatedWith("org.springframework.stereotype.Repository")
            .because("a library's beans are made by its auto-configuration, where a portal can replace each");

    @Test
    void theRulesLookAtTheRealStarterClasses() {
        Set<String> names = WORKFLOW_CLASSES.stream().map(JavaClass::getName).collect(Collectors.toSet());

        assertThat(names).contains(WORKFLOW + ".LearningSocietyAutoConfiguration",
                WORKFLOW + ".cycle.CycleAutoConfiguration", WORKFLOW + ".engine.EngineAutoConfiguration",
                WORKFLOW + ".evidence.EvidenceAutoConfiguration", WORKFLOW + ".api.RegistrationsController");
        assertThat(names).noneMatch(name -> name.endsWith("Test") || name.contains("offender"));
    }

    @Test
    void thePackagesOfTheStarterAreFreeOfCycles() {
        PACKAGES_FREE_OF_CYCLES.check(WORKFLOW_CLASSES);
    }

    @Test
    void theApiDependsOnNoEngineType() {
        API_KNOWS_NO_ENGINE.check(WORKFLOW_CLASSES);
    }

    @Test
    void noBeanIsComponentScanned() {
        NO_COMPONENT_SCANNING.check(WORKFLOW_CLASSES);
    }

    @Test
    void theCycleRuleCatchesAnOffender() {
        JavaClasses offender = new ClassFileImporter().importClasses(Left.class, Right.class);

        assertThat(PACKAGES_FREE_OF_CYCLES.evaluate(offender).hasViolation()).isTrue();
    }

    @Test
    void theApiRuleCatchesAnOffender() {
        JavaClasses offender = new ClassFileImporter().importClasses(EngineCallingController.class);

        assertThat(API_KNOWS_NO_ENGINE.evaluate(offender).hasViolation()).isTrue();
    }

    @Test
    void theScanningRuleCatchesAnOffender() {
        JavaClasses offender = new ClassFileImporter().importClasses(ScannedService.class);

        assertThat(NO_COMPONENT_SCANNING.evaluate(offender).hasViolation()).isTrue();
    }

    @Test
    void theRootHoldsOnlyTheTopAutoConfigurationThePropertiesAndTheAdapters() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/java").resolve(WORKFLOW.replace('.', '/')))) {
            List<String> javaFiles = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".java"))
                    .sorted().toList();
            assertThat(javaFiles).as("Java files directly in " + WORKFLOW).hasSizeLessThanOrEqualTo(ROOT_FILES_AT_MOST)
                    .contains("LearningSocietyAutoConfiguration.java", "LearningSocietyProperties.java");
        }
    }

    @Test
    void everyPackageHasAPackageInfo() throws IOException {
        for (String sourceRoot : List.of("src/main/java", "src/test/java")) {
            Path root = Path.of(sourceRoot);
            Path mainRoot = Path.of("src/main/java");
            Set<Path> packages;
            try (Stream<Path> files = Files.walk(root.resolve(WORKFLOW.replace('.', '/')))) {
                packages = files.filter(f -> f.toString().endsWith(".java")).map(Path::getParent)
                        .collect(Collectors.toCollection(TreeSet::new));
            }
            List<String> withoutPackageInfo = packages.stream()
                    .filter(dir -> !Files.exists(dir.resolve("package-info.java"))
                            && !Files.exists(mainRoot.resolve(root.relativize(dir)).resolve("package-info.java")))
                    .map(dir -> root.relativize(dir).toString().replace('/', '.'))
                    .toList();
            assertThat(withoutPackageInfo).as("packages without package-info.java under " + sourceRoot).isEmpty();
        }
    }

    /** A bean the library would leave to component scanning, as it must not. */
    @org.springframework.stereotype.Service
    static final class ScannedService {
    }
}
