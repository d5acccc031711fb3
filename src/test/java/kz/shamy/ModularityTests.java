package kz.shamy;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature boundaries, as the build enforces them: each feature's base package is its API (services, small
 * records, events), everything in a sub-package is internal, and each feature names the features it may use.
 */
class ModularityTests {

    private static final Set<String> FEATURES = Set.of("certification", "circle", "demo", "identity", "notify",
            "programme", "reports", "search", "web", "workflow");

    private final ApplicationModules modules = ApplicationModules.of(ShamyApplication.class);

    @Test
    void featuresOnlyUseEachOthersApiAndDeclaredDependenciesAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void aFeatureReachingIntoAnothersInternalsOrAnUndeclaredFeatureIsRejected() {
        // the application's classes plus two test-only intruders that break the rules
        ImportOption mainAndIntruders = location -> !location.contains("/test-classes/")
                || location.contains("ReachesIntoCircleInternals") || location.contains("UsesIdentityWithoutLeave");
        List<String> violations = ApplicationModules.of(ShamyApplication.class, mainAndIntruders).detectViolations()
                .getMessages();

        assertThat(violations).anySatisfy(message -> assertThat(message)
                .contains("Module 'web' depends on module 'circle' via kz.shamy.web.ReachesIntoCircleInternals -> "
                        + "kz.shamy.circle.internal.CircleEntry"));
        assertThat(violations).anySatisfy(message -> assertThat(message)
                .contains("Module 'search' depends on module 'identity' via kz.shamy.search.UsesIdentityWithoutLeave"));
    }

    @Test
    void everyFeatureDeclaresTheFeaturesItMayUse() throws ClassNotFoundException {
        for (String feature : FEATURES) {
            ApplicationModule module = Class.forName("kz.shamy." + feature + ".package-info")
                    .getAnnotation(ApplicationModule.class);
            assertThat(module).as(feature + "'s package-info declares @ApplicationModule").isNotNull();
            assertThat(module.allowedDependencies()).as(feature + "'s allowed dependencies").isNotEmpty();
        }
    }

    @Test
    void internalsStayInternalAndNoEntityIsPartOfAnApi() {
        modules.forEach(module -> module.getBasePackage().stream().forEach(type -> {
            boolean internal = !type.getPackageName().equals(module.getBasePackage().getName());
            if (internal) {
                assertThat(module.isExposed(type)).as(type.getName() + " is exposed").isFalse();
            }
            if (module.isExposed(type)) {
                assertThat(isEntity(type)).as(type.getName() + " is a JPA entity in " + module.getName() + "'s API")
                        .isFalse();
            }
        }));
    }

    private static boolean isEntity(JavaClass type) {
        return type.isAnnotatedWith(Entity.class);
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
