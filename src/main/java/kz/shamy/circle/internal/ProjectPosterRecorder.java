package kz.shamy.circle.internal;

import kz.shamy.circle.DevelopmentProject;
import kz.shamy.circle.DevelopmentProjectVariables;
import kz.shamy.circle.DevelopmentProjects;
import static kz.shamy.circle.DevelopmentProjectVariables.POSTER_TITLE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On {@code complete} of PresentPoster: the poster's title goes on the project, the one place it is recorded
 * (the network event reads it from there), and the circle's network event opens if this was the last poster
 * it waited for ({@link NetworkEventReadiness}). The event's date goes on the project when it is recorded.
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
        DevelopmentProject project = projects.boundTo(task.getProcessInstanceId());
        ProjectTaskInput.orRejected(() -> projects.recordPoster(project.id(), title));
        ProjectTaskInput.remove(task, POSTER_TITLE);
        networkEvent.posterRecorded(project.circleId());
    }
}
