package kz.shamy.circle;

import static kz.shamy.circle.DevelopmentProjectVariables.CIRCLE_ID;
import static kz.shamy.circle.DevelopmentProjectVariables.POSTER_EVENT_DATE;
import static kz.shamy.circle.DevelopmentProjectVariables.POSTER_TITLE;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On {@code complete} of PresentPoster: the poster's title and the event's date go on the project, and the
 * circle's network event opens if this was the last poster it waited for ({@link NetworkEventReadiness}).
 */
@Component("recordPoster")
class ProjectPosterRecorder implements TaskListener {

    private final DevelopmentProjects projects;
    private final NetworkEventReadiness networkEvent;

    ProjectPosterRecorder(DevelopmentProjects projects, NetworkEventReadiness networkEvent) {
        this.projects = projects;
        this.networkEvent = networkEvent;
    }

    @Override
    public void notify(DelegateTask task) {
        String title = ProjectTaskInput.text(task, POSTER_TITLE);
        LocalDate date = ProjectTaskInput.date(task, POSTER_EVENT_DATE);
        ProjectTaskInput.orRejected(() -> projects.recordPoster(ProjectTaskInput.projectId(task), title, date));
        ProjectTaskInput.remove(task, POSTER_TITLE, POSTER_EVENT_DATE);
        if (task.getVariable(CIRCLE_ID) instanceof Number circleId) {
            networkEvent.posterRecorded(circleId.longValue());
        }
    }
}
