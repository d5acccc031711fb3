package kz.shamy;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.DependencyType;

/**
 * docs/ARCHITECTURE.md's map of the features is written from the code by this test, not by hand: the features,
 * which uses which (dotted where one listens to another's events; every feature may use {@code shared}, which is
 * left out of the picture), what each exposes and may use.
 * The build fails when the page and the code disagree; {@code -Dshamy.docs.write=true} rewrites the page.
 */
class ModuleMapTests {

    private static final Path PAGE = Path.of("docs/ARCHITECTURE.md");
    private static final String START = "<!-- module map: written by ModuleMapTests from the code; do not edit -->";
    private static final String END = "<!-- end of module map -->";

    private final ApplicationModules modules = ApplicationModules.of(ShamyApplication.class);

    @Test
    void architecturePageShowsTheModulesAsTheCodeHasThem() throws IOException {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        int start = page.indexOf(START);
        int end = page.indexOf(END);
        assertThat(start).as("the page has the map's start marker").isNotNegative();
        assertThat(end).as("the page has the map's end marker").isGreaterThan(start);
        String written = page.substring(start + START.length(), end);
        String map = "\n" + map() + "\n";
        if (Boolean.getBoolean("shamy.docs.write")) {
            Files.writeString(PAGE, page.substring(0, start + START.length()) + map + page.substring(end),
                    StandardCharsets.UTF_8);
            return;
        }
        assertThat(written).as("docs/ARCHITECTURE.md's module map is stale: run "
                + "./mvnw test -Dtest=ModuleMapTests -Dshamy.docs.write=true and commit the page").isEqualTo(map);
    }

    String map() {
        List<ApplicationModule> features = modules.stream().sorted(Comparator.comparing(ApplicationModule::getName))
                .toList();
        StringBuilder out = new StringBuilder("```mermaid\nflowchart LR\n");
        for (ApplicationModule module : features) {
            var uses = new TreeMap<String, Boolean>();
            module.getDirectDependencies(modules).stream()
                    .filter(dependency -> !dependency.getTargetModule().getName().equals("shared"))
                    .forEach(dependency -> uses.merge(dependency.getTargetModule().getName(), listens(dependency),
                            Boolean::logicalOr));
            uses.forEach((target, listens) -> out.append("  ").append(module.getName())
                    .append(listens ? " -. events .-> " : " --> ").append(target).append('\n'));
        }
        out.append("```\n\n| Feature | Its API: the types at the top of its package | May use |\n|---|---|---|\n");
        for (ApplicationModule module : features) {
            Set<String> api = new TreeSet<>();
            module.getBasePackage().stream().filter(module::isExposed).filter(type -> !type.isNestedClass())
                    .map(JavaClass::getSimpleName).filter(name -> !name.equals("package-info")).forEach(api::add);
            out.append("| ").append(module.getName()).append(" | ").append(String.join(", ", api)).append(" | ")
                    .append(allowed(module)).append(" |\n");
        }
        return out.toString();
    }

    private static boolean listens(ApplicationModuleDependency dependency) {
        return dependency.getDependencyType() == DependencyType.EVENT_LISTENER;
    }

    private static String allowed(ApplicationModule module) {
        try {
            var declared = Class.forName(module.getBasePackage().getName() + ".package-info")
                    .getAnnotation(org.springframework.modulith.ApplicationModule.class);
            if (declared == null || declared.type() == org.springframework.modulith.ApplicationModule.Type.OPEN
                    || declared.allowedDependencies().length == 0) {
                return "any (open)";
            }
            return Arrays.stream(declared.allowedDependencies()).sorted().collect(Collectors.joining(", "));
        } catch (ClassNotFoundException e) {
            return "any (open)";
        }
    }
}
