package kz.shamy.modeler.internal;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.ConditionalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SignalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/** What an event-receiving activity waits for (its timer, message, signal or condition), to compare two versions. */
final class EventTriggers {

    private EventTriggers() {
    }

    /** Whether both activities wait for the same trigger, so an instance's timer or subscription can stay. */
    static boolean same(ModelElementInstance source, ModelElementInstance target) {
        return describe(source).equals(describe(target));
    }

    static List<String> describe(ModelElementInstance activity) {
        List<String> triggers = new ArrayList<>();
        if (activity instanceof ReceiveTask task) {
            triggers.add("message " + name(task.getMessage()));
        } else if (activity instanceof CatchEvent event) {
            for (EventDefinition definition : event.getEventDefinitions()) {
                triggers.add(describe(definition));
            }
        }
        return triggers;
    }

    private static String describe(EventDefinition definition) {
        if (definition instanceof TimerEventDefinition timer) {
            return "timer date=" + text(timer.getTimeDate()) + " duration=" + text(timer.getTimeDuration())
                    + " cycle=" + text(timer.getTimeCycle());
        }
        if (definition instanceof MessageEventDefinition message) {
            return "message " + name(message.getMessage());
        }
        if (definition instanceof SignalEventDefinition signal) {
            return "signal " + (signal.getSignal() == null ? null : signal.getSignal().getName());
        }
        if (definition instanceof ConditionalEventDefinition conditional) {
            return "condition " + text(conditional.getCondition()) + " on " + conditional.getCamundaVariableName()
                    + " " + conditional.getCamundaVariableEvents();
        }
        return definition.getElementType().getTypeName();
    }

    private static String name(Message message) {
        return message == null ? null : message.getName();
    }

    private static String text(ModelElementInstance element) {
        return element == null ? null : element.getTextContent().strip();
    }
}
