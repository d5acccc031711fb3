package kz.shamy.circle.internal;


import kz.shamy.circle.Circles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** CloseCycle: marks the circle CLOSED once every teacher's development work and the network event are done. */
@Component("closeCircle")
class CircleClosing implements JavaDelegate {

    private final Circles circles;

    CircleClosing(Circles circles) {
        this.circles = circles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        circles.close(circles.boundTo(execution.getProcessInstanceId()).id());
    }
}
