package kz.shamy.workflow.engine;

import kz.shamy.workflow.internal.ObjectVariableTypes;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.JavaObjectSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.VariableSerializers;
import org.springframework.stereotype.Component;

/**
 * Object variables are JSON only (application.yml switches Java serialization off and type validation on):
 * JSON naming a class outside {@link ObjectVariableTypes} is refused when written ({@link CheckedJsonObjects}),
 * Java-serialized values are only ever read, to be converted ({@link LegacyJavaObjects},
 * {@link JavaSerializedLists}).
 */
@Component
class ObjectVariables extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setDeserializationTypeValidationEnabled(true);
        configuration.setDeserializationTypeValidator(new ObjectVariableTypes());
        configuration.setJavaSerializationFormatEnabled(false);
    }

    /**
     * Once the engine is built, so Spin's plugin has registered its serializers (in its own postInit, whose
     * order to this one's is not fixed), and before anything is deployed or started.
     */
    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        VariableSerializers serializers =
                ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getVariableSerializers();
        replace(serializers, CheckedJsonObjects.NAME, new CheckedJsonObjects());
        replace(serializers, JavaObjectSerializer.NAME, new LegacyJavaObjects());
        new JavaSerializedLists(engine).convert();
    }

    private static void replace(VariableSerializers serializers, String name, TypedValueSerializer<?> replacement) {
        TypedValueSerializer<?> existing = serializers.getSerializerByName(name);
        if (existing == null) {
            throw new IllegalStateException("no variable serializer " + name + " to replace: " + List.of(
                    serializers.getSerializers().stream().map(TypedValueSerializer::getName).toArray()));
        }
        int index = serializers.getSerializerIndex(existing);
        serializers.removeSerializer(existing);
        serializers.addSerializer(replacement, index);
    }
}
