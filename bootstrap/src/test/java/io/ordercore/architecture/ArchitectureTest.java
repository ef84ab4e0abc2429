package io.ordercore.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The architecture rules against the real production classes of every module. */
class ArchitectureTest {

    static final String BASE = "io.ordercore";
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TEST_FIXTURES)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages(BASE);
    }

    static Stream<ArchRule> rules() {
        return Stream.of(
                ArchitectureRules.domainDependsOnTheJdkOnly(BASE),
                ArchitectureRules.applicationDependsOnDomainAndTheJdkOnly(BASE),
                ArchitectureRules.coreUsesNoFramework(BASE),
                ArchitectureRules.adaptersDoNotDependOnEachOther(BASE),
                ArchitectureRules.onlyBootstrapDependsOnAdapters(BASE),
                ArchitectureRules.nothingDependsOnBootstrap(BASE),
                ArchitectureRules.domainIsFreeOfCycles(BASE),
                ArchitectureRules.onion(BASE),
                ArchitectureRules.useCaseServicesArePackagePrivate(BASE),
                ArchitectureRules.noHiddenClocks(BASE),
                ArchitectureRules.noFieldInjection(),
                ArchitectureRules.noGenericExceptions(),
                ArchitectureRules.noStandardStreamsOutsideMain(BASE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void productionCodeKeepsTheRule(ArchRule rule) {
        rule.check(production);
    }

    /** A rule over an empty package would pass vacuously: every package the rules name must hold classes. */
    @ParameterizedTest
    @ValueSource(strings = {
            "io.ordercore.domain.shared", "io.ordercore.domain.workflow", "io.ordercore.domain.order",
            "io.ordercore.domain.catalog", "io.ordercore.application.port.in", "io.ordercore.application.port.out",
            "io.ordercore.application.service", "io.ordercore.adapter.web", "io.ordercore.adapter.persistence",
            "io.ordercore.adapter.payment", "io.ordercore.adapter.cli", "io.ordercore.bootstrap"})
    void everyNamedPackageHoldsClasses(String packageName) {
        assertThat(production.stream().filter(c -> c.getPackageName().startsWith(packageName)).count())
                .as(packageName).isPositive();
    }

    @Test
    void theImportSawOnlyProductionCode() {
        List<String> testOnly = production.stream().map(c -> c.getName())
                .filter(n -> n.contains(".testing.") || n.contains(".archfixture.") || n.endsWith("Test"))
                .toList();
        assertThat(testOnly).isEmpty();
    }
}
