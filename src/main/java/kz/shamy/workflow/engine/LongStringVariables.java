package kz.shamy.workflow.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.springframework.stereotype.Component;

/**
 * Lets forms submit texts longer than 4,000 characters: as variables ({@link LongStringSerializer}) and in
 * the history of submitted forms ({@link ShortenedFormFields}).
 */
@Component
class LongStringVariables extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<TypedValueSerializer> serializers = configuration.getCustomPreVariableSerializers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreVariableSerializers());
        serializers.add(new LongStringSerializer());
        configuration.setCustomPreVariableSerializers(serializers);
        configuration.setHistoryEventProducer(new ShortenedFormFields());
    }
}
