package org.learningsociety.core;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learningsociety.core.offenderleft.Left;
import org.learningsociety.core.offenderright.Right;

/**
 * The core stays plain Java: no framework outside its persistence package, no domain package
 * reaching into persistence, domain words as names, and a package-info in every package.
 */
class ArchitectureTest {

    private static final String CORE = "org.learningsociety.core";

    static {
        // The rules name packages only: no need to resolve every referenced class from the classpath.
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
    }

    private static final JavaClasses CORE_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(CORE);

    private static final ArchRule NO_FRAMEWORKS_OUTSIDE_PERSISTENCE = noClasses()
            .that().resideInAPackage(CORE + "..")
            .and().resideOutsideOfPackage("..persistence..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.camunda..", "jakarta.servlet..", "javax.servlet..",
                    "org.apache.ibatis..", "org.mybatis..", "org.flywaydb..")
            .because("only the persistence package may know MyBatis and Flyway, and core never knows Spring,"
                    + " Camunda or servlets");

    private static final ArchRule DOMAIN_DOES_NOT_REACH_INTO_PERSISTENCE = noClasses()
            .that().resideInAPackage(CORE + "..")
            .and().resideOutsideOfPackage("..persistence..")
            .should().dependOnClassesThat().resideInAPackage("..persistence..")
            .because("the domain owns the repository interfaces; persistence implements them");

    private static final ArchRule PACKAGES_FREE_OF_CYCLES = slices().matching(CORE + ".(*)..")
            .should().beFreeOfCycles()
            .because("each concept is a package of its own, and dependencies between them run one way");

    private static final ArchRule DOMAIN_WORDS_AS_NAMES = noClasses()
            .that().resideInAPackage(CORE + "..")
            .should().haveSimpleNameEndingWith("Impl")
            .orShould().haveSimpleNameEndingWith("Entity")
            .orShould().haveSimpleNameEndingWith("VO")
            .because("classes are named with domain words");

    @Test
    void theRulesLookAtTheRealCoreClasses() {
        Set<String> names = CORE_CLASSES.stream().map(JavaClass::getName).collect(Collectors.toSet());

        assertThat(CORE_CLASSES.size()).isGreaterThan(50);
        assertThat(names).contains(CORE + ".registration.Registration", CORE + ".unit.UnitDirectory",
                CORE + ".plan.Plan", CORE + ".criteria.CriteriaSet");
        assertThat(names).noneMatch(name -> name.endsWith("Test") || name.contains(".fakes.") || name.contains("offender"));
    }

    @Test
    void coreOutsidePersistenceDependsOnNoFramework() {
        NO_FRAMEWORKS_OUTSIDE_PERSISTENCE.check(CORE_CLASSES);
    }

    @Test
    void domainPackagesDoNotDependOnPersistence() {
        DOMAIN_DOES_NOT_REACH_INTO_PERSISTENCE.check(CORE_CLASSES);
    }

    @Test
    void thePackagesOfTheCoreAreFreeOfCycles() {
        PACKAGES_FREE_OF_CYCLES.check(CORE_CLASSES);
    }

    @Test
    void theCycleRuleCatchesAnOffender() {
        JavaClasses offender = new ClassFileImporter().importClasses(Left.class, Right.class);

        assertThat(PACKAGES_FREE_OF_CYCLES.evaluate(offender).hasViolation()).isTrue();
    }

    @Test
    void noClassIsNamedImplEntityOrVo() {
        DOMAIN_WORDS_AS_NAMES.check(CORE_CLASSES);
    }

    @Test
    void theFrameworkRuleCatchesAnOffender() {
        JavaClasses offender = new ClassFileImporter().importClasses(FlywayUsingOffender.class);

        assertThat(NO_FRAMEWORKS_OUTSIDE_PERSISTENCE.evaluate(offender).hasViolation()).isTrue();
    }

    @Test
    void theNamingRuleCatchesAnOffender() {
        JavaClasses offender = new ClassFileImporter().importClasses(RegistrationEntity.class);

        assertThat(DOMAIN_WORDS_AS_NAMES.evaluate(offender).hasViolation()).isTrue();
    }

    /** A test package that mirrors a main package shares the main package's package-info. */
    @ParameterizedTest
    @ValueSource(strings = {"src/main/java", "src/test/java"})
    void everyPackageHasAPackageInfo(String sourceRoot) throws IOException {
        Path root = Path.of(sourceRoot);
        Path mainRoot = Path.of("src/main/java");
        assertThat(root).as("run from the module directory").isDirectory();
        Set<Path> packages = packagesUnder(root.resolve(CORE.replace('.', '/')));

        assertThat(packages).isNotEmpty();
        List<String> withoutPackageInfo = packages.stream()
                .filter(dir -> !Files.exists(dir.resolve("package-info.java"))
                        && !Files.exists(mainRoot.resolve(root.relativize(dir)).resolve("package-info.java")))
                .map(dir -> root.relativize(dir).toString().replace('/', '.'))
                .toList();
        assertThat(withoutPackageInfo).as("packages without package-info.java").isEmpty();
    }

    @Test
    void everyPackageOfTheCoreClassesIsASourcePackage() throws IOException {
        Path root = Path.of("src/main/java");
        Set<String> sourcePackages = packagesUnder(root.resolve(CORE.replace('.', '/'))).stream()
                .map(dir -> root.relativize(dir).toString().replace('/', '.'))
                .collect(Collectors.toCollection(TreeSet::new));

        Set<String> classPackages = CORE_CLASSES.stream().map(JavaClass::getPackageName)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(sourcePackages).containsAll(classPackages);
    }

    private static Set<Path> packagesUnder(Path base) throws IOException {
        if (!Files.isDirectory(base)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.walk(base)) {
            return files.filter(f -> f.toString().endsWith(".java")).map(Path::getParent)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** Breaks the framework rule on purpose, so the rule is shown to bite. */
    static final class FlywayUsingOffender {
        org.flywaydb.core.Flyway flyway;
    }

    /** Breaks the naming rule on purpose. */
    static final class RegistrationEntity {
    }
}
