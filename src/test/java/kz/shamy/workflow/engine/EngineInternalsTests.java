package kz.shamy.workflow.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.AccessTarget.FieldAccessTarget;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;

/**
 * The engine's internals ({@code impl} packages of the engine, the webapps and Spin) are used in one place, this
 * adapter, and only as it was written against Camunda {@value #ENGINE_VERSION}. {@value #PINNED} lists every
 * internal type, method, constructor and field the adapter uses, with the signatures it uses; an engine upgrade
 * that changes one fails here, by name, before it fails at run time.
 */
class EngineInternalsTests {

    static final String ENGINE_VERSION = "7.24.0";
    static final String PINNED = "engine-internals.txt";
    static final String ADAPTER = "kz.shamy.workflow.engine";
    static final List<String> INTERNAL_PACKAGES =
            List.of("org.camunda.bpm.engine.impl", "org.camunda.bpm.webapp.impl", "org.camunda.spin.plugin.impl");

    private static final JavaClasses SHAMY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kz.shamy");

    @Test
    void onlyTheEngineAdapterUsesTheEnginesInternals() {
        noClasses().that().resideOutsideOfPackage(ADAPTER + "..")
                .should().dependOnClassesThat().resideInAnyPackage(INTERNAL_PACKAGES.stream()
                        .map(internal -> internal + "..").toArray(String[]::new))
                .because("engine internals change without notice between Camunda versions: use the public API "
                        + "(org.camunda.bpm.engine.*, delegate, variable) or ask workflow's API, which asks "
                        + ADAPTER + "; see docs/ARCHITECTURE.md")
                .check(SHAMY);
    }

    @Test
    void theEngineIsTheVersionTheAdapterWasWrittenAgainst() {
        assertThat(ProcessEngine.class.getPackage().getImplementationVersion())
                .as("Camunda changed from %s: re-check every entry of %s (the engine internals %s uses) against the "
                        + "new engine's sources — not only that they compile, but that they still mean the same "
                        + "(serializers, parse listeners, the authorization provider, the identity provider session, "
                        + "the webapps' CSRF names) — then change ENGINE_VERSION", ENGINE_VERSION, PINNED, ADAPTER)
                .isEqualTo(ENGINE_VERSION);
    }

    @Test
    void everyInternalTheAdapterUsesIsPinned() throws IOException {
        Set<String> used = internalsUsedByTheAdapter();
        Path written = Path.of("target", "engine-internals-used.txt");
        Files.createDirectories(written.getParent());
        Files.writeString(written, String.join("\n", used) + "\n");

        assertThat(pinned().stream().filter(entry -> !entry.startsWith("constant ")).toList())
                .as("the adapter uses engine internals that %s does not pin (all it uses: %s); check them against "
                        + "Camunda %s's sources before adding them", PINNED, written, ENGINE_VERSION)
                .containsAll(used);
        assertThat(used).as("%s pins internals the adapter no longer uses", PINNED)
                .containsAll(pinned().stream().filter(entry -> !entry.startsWith("constant ")).toList());
    }

    @Test
    void everyPinnedInternalStillExistsWithTheSignatureUsed() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String entry : pinned()) {
            try {
                if (!exists(entry)) {
                    missing.add(entry);
                }
            } catch (ReflectiveOperationException | LinkageError e) {
                missing.add(entry + " (" + e + ")");
            }
        }
        assertThat(missing).as("engine internals %s uses that this engine no longer has as used", ADAPTER)
                .isEmpty();
    }

    /** What the adapter's classes reach in the internal packages: types, and members with their signatures. */
    static Set<String> internalsUsedByTheAdapter() {
        Set<String> used = new TreeSet<>();
        for (JavaClass adapterClass : SHAMY) {
            if (!adapterClass.getPackageName().equals(ADAPTER)) {
                continue;
            }
            for (Dependency dependency : adapterClass.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass().getBaseComponentType();
                if (internal(target.getName())) {
                    used.add("type " + target.getName());
                }
            }
            for (JavaAccess<?> access : adapterClass.getAccessesFromSelf()) {
                signature(access.getTarget()).ifPresent(used::add);
            }
            for (JavaMethod method : adapterClass.getMethods()) {
                if (method.getModifiers().contains(JavaModifier.SYNTHETIC)
                        || method.getModifiers().contains(JavaModifier.BRIDGE)) {
                    continue;
                }
                String[] parameters = method.getRawParameterTypes().stream().map(JavaClass::getName)
                        .toArray(String[]::new);
                Stream.concat(adapterClass.getAllRawSuperclasses().stream(),
                                adapterClass.getAllRawInterfaces().stream())
                        .filter(type -> internal(type.getName()))
                        .forEach(type -> type.tryGetMethod(method.getName(), parameters).ifPresent(overridden ->
                                used.add("method " + type.getName() + "#" + method.getName() + "("
                                        + String.join(",", parameters) + "):"
                                        + overridden.getRawReturnType().getName())));
            }
        }
        return used;
    }

    /** A member accessed in an internal type, named by the type that declares it. */
    private static Optional<String> signature(AccessTarget target) {
        String owner = target.resolveMember().map(JavaMember::getOwner).map(JavaClass::getName)
                .filter(EngineInternalsTests::internal).orElse(target.getOwner().getName());
        if (!internal(owner)) {
            return Optional.empty();
        }
        if (target instanceof FieldAccessTarget field) {
            return Optional.of("field " + owner + "." + field.getName() + ":" + field.getRawType().getName());
        }
        CodeUnitAccessTarget codeUnit = (CodeUnitAccessTarget) target;
        String parameters = codeUnit.getRawParameterTypes().stream().map(JavaClass::getName)
                .collect(Collectors.joining(","));
        if (codeUnit.getName().equals("<init>")) {
            return Optional.of("constructor " + owner + "(" + parameters + ")");
        }
        return Optional.of("method " + owner + "#" + codeUnit.getName() + "(" + parameters + "):"
                + codeUnit.getRawReturnType().getName());
    }

    private static boolean internal(String className) {
        return INTERNAL_PACKAGES.stream().anyMatch(internal -> className.startsWith(internal + "."));
    }

    /**
     * The pinned list: {@code type}, {@code method}, {@code constructor} and {@code field} entries as this test
     * finds them in the adapter's byte code, and {@code constant} entries for compile-time constants, which the
     * compiler copies into the adapter (so the byte code does not show them) and which must still hold the value.
     */
    static List<String> pinned() throws IOException {
        try (InputStream in = EngineInternalsTests.class.getResourceAsStream(PINNED)) {
            assertThat(in).as(PINNED + " beside this test").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        }
    }

    private static boolean exists(String entry) throws ReflectiveOperationException {
        String kind = entry.substring(0, entry.indexOf(' '));
        String rest = entry.substring(kind.length() + 1);
        switch (kind) {
            case "type":
                load(rest);
                return true;
            case "constructor": {
                String owner = rest.substring(0, rest.indexOf('('));
                load(owner).getDeclaredConstructor(parameters(rest));
                return true;
            }
            case "method": {
                String owner = rest.substring(0, rest.indexOf('#'));
                String name = rest.substring(rest.indexOf('#') + 1, rest.indexOf('('));
                Class<?> returned = load(rest.substring(rest.lastIndexOf(':') + 1));
                return findMethod(load(owner), name, parameters(rest))
                        .filter(method -> method.getReturnType().equals(returned)).isPresent();
            }
            case "field": {
                String owner = rest.substring(0, rest.lastIndexOf('.', rest.indexOf(':')));
                String name = rest.substring(owner.length() + 1, rest.indexOf(':'));
                Class<?> type = load(rest.substring(rest.indexOf(':') + 1));
                return findField(load(owner), name).filter(field -> field.getType().equals(type)).isPresent();
            }
            case "constant": {
                // constant owner.NAME = value
                String declaration = rest.substring(0, rest.indexOf(" = "));
                String owner = declaration.substring(0, declaration.lastIndexOf('.'));
                Field field = load(owner).getField(declaration.substring(owner.length() + 1));
                return Modifier.isStatic(field.getModifiers())
                        && rest.substring(rest.indexOf(" = ") + 3).equals(String.valueOf(field.get(null)));
            }
            default:
                throw new IllegalArgumentException("unknown kind of entry: " + entry);
        }
    }

    private static Class<?>[] parameters(String signature) throws ClassNotFoundException {
        String list = signature.substring(signature.indexOf('(') + 1, signature.indexOf(')'));
        if (list.isEmpty()) {
            return new Class<?>[0];
        }
        List<Class<?>> types = new ArrayList<>();
        for (String name : list.split(",")) {
            types.add(load(name));
        }
        return types.toArray(Class<?>[]::new);
    }

    private static Optional<Method> findMethod(Class<?> type, String name, Class<?>[] parameters) {
        if (type == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(type.getDeclaredMethod(name, parameters));
        } catch (NoSuchMethodException notHere) {
            return Stream.concat(Stream.ofNullable(type.getSuperclass()), Arrays.stream(type.getInterfaces()))
                    .map(supertype -> findMethod(supertype, name, parameters)).flatMap(Optional::stream)
                    .findFirst();
        }
    }

    private static Optional<Field> findField(Class<?> type, String name) {
        for (Class<?> at = type; at != null; at = at.getSuperclass()) {
            try {
                return Optional.of(at.getDeclaredField(name));
            } catch (NoSuchFieldException notHere) {
                // look further up
            }
        }
        return Optional.empty();
    }

    private static final Map<String, Class<?>> PRIMITIVES = Map.of("boolean", boolean.class, "int", int.class,
            "long", long.class, "void", void.class, "byte", byte.class, "short", short.class, "char", char.class,
            "double", double.class, "float", float.class);

    private static Class<?> load(String name) throws ClassNotFoundException {
        if (PRIMITIVES.containsKey(name)) {
            return PRIMITIVES.get(name);
        }
        if (name.endsWith("[]")) {
            return load(name.substring(0, name.length() - 2)).arrayType();
        }
        return Class.forName(name, false, EngineInternalsTests.class.getClassLoader());
    }
}
