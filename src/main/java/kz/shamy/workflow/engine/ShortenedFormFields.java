package kz.shamy.workflow.engine;

import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * The engine's history producer, except that a submitted form field longer than its history column
 * ({@code ACT_HI_DETAIL.TEXT_}, 4,000 characters) is kept shortened to fit, ending in {@link #MARK}. With
 * history FULL the engine records every field a form submits ({@code /submit-form}, as Tasklist sends it);
 * a report or plan longer than the column would otherwise fail the whole submission. The text itself is kept
 * whole in Shamy's tables (and, while the task runs, in the variable: {@link LongStringSerializer}).
 */
class ShortenedFormFields extends CacheAwareHistoryEventProducer {

    static final String MARK = " … [shortened for the history]";

    @Override
    public HistoryEvent createFormPropertyUpdateEvt(ExecutionEntity execution, String propertyId,
            String propertyValue, String taskId) {
        return super.createFormPropertyUpdateEvt(execution, propertyId, fitted(propertyValue), taskId);
    }

    static String fitted(String value) {
        if (value == null || value.length() <= LongStringSerializer.TEXT_COLUMN_LENGTH) {
            return value;
        }
        int keep = LongStringSerializer.TEXT_COLUMN_LENGTH - MARK.length();
        if (Character.isHighSurrogate(value.charAt(keep - 1))) {
            keep--;
        }
        return value.substring(0, keep) + MARK;
    }
}
