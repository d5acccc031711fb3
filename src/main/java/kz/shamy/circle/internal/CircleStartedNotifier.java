package kz.shamy.circle.internal;


import kz.shamy.circle.Circle;
import kz.shamy.circle.Circles;
import kz.shamy.identity.People;
import kz.shamy.notify.Notifier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** NotifyCircleStarted: tells each teacher that their circle has started and who facilitates it. */
@Component("notifyCircleStarted")
class CircleStartedNotifier implements JavaDelegate {

    private final Circles circles;
    private final People people;
    private final Notifier notifier;

    CircleStartedNotifier(Circles circles, People people, Notifier notifier) {
        this.circles = circles;
        this.people = people;
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Circle circle = circles.boundTo(execution.getProcessInstanceId());
        String facilitator = people.displayName(circle.facilitatorId());
        for (String teacher : circles.teachersOf(circle.id())) {
            notifier.notify(teacher, "notify.circle.started", circle.academicYear(), facilitator);
        }
    }
}
