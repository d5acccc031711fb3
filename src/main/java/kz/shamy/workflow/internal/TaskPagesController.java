package kz.shamy.workflow.internal;

import kz.shamy.workflow.TaskContext;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kz.shamy.shared.NotFound;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Shamy's own task pages: a person's open tasks, and each task's Camunda Form drawn on the server in the reader's
 * language (words from the {@code form.<formId>.…} bundle keys, the form's own English where a key is missing),
 * beside what the task is about ({@link TaskContext}). The page works without script; it completes the task through
 * the engine as the person, with the same checks as Tasklist, and shows a refusal at the field it concerns, keeping
 * everything typed.
 */
@Controller
class TaskPagesController {

    private final TaskWork work;
    private final List<TaskContext> contexts;
    private final MessageSource messages;
    private final Clock clock;

    TaskPagesController(TaskWork work, List<TaskContext> contexts, MessageSource messages, Clock clock) {
        this.work = work;
        this.contexts = contexts;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/tasks")
    String tasks(Authentication user, Model model) {
        List<TaskWork.OpenTask> open = work.openTasks(worker(user));
        model.addAttribute("tasks", open);
        model.addAttribute("now", clock.instant());
        model.addAttribute("names", names(open));
        return "tasks";
    }

    @GetMapping("/tasks/{id}")
    String task(@PathVariable String id, Authentication user, Model model) {
        return page(work.sheet(id, worker(user)), user, Map.of(), Map.of(), null, model);
    }

    @PostMapping("/tasks/{id}/claim")
    String claim(@PathVariable String id, Authentication user, RedirectAttributes redirect) {
        try {
            work.claim(id, worker(user));
        } catch (TaskTaken taken) {
            redirect.addFlashAttribute("notice", "tasks.taken");
            return "redirect:/tasks";
        }
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/tasks/{id}")
    String complete(@PathVariable String id, @RequestParam Map<String, String> submitted, Authentication user,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        TaskWork.Worker worker = worker(user);
        TaskSheet sheet = work.sheet(id, worker);
        try {
            work.complete(id, worker, submitted);
        } catch (TaskSubmission.Refused refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(sheet, user, submitted, refused.fields(), refused.general(), model);
        } catch (NotFound gone) {
            redirect.addFlashAttribute("notice", "tasks.gone");
            return "redirect:/tasks";
        }
        redirect.addFlashAttribute("notice", "tasks.done");
        redirect.addFlashAttribute("doneName", sheet.task().name());
        return "redirect:/tasks";
    }

    private String page(TaskSheet sheet, Authentication user, Map<String, String> submitted,
            Map<String, FieldProblem> problems, FieldProblem general, Model model) {
        TaskWork.OpenTask task = sheet.task();
        Optional<TaskContext.View> context = contexts.stream()
                .map(c -> c.describe(new TaskContext.About(task.id(), task.processDefinitionKey(),
                        task.taskDefinitionKey(), task.processInstanceId()), user.getName()))
                .flatMap(Optional::stream).findFirst();
        Map<String, Object> values = new LinkedHashMap<>(sheet.values());
        context.ifPresent(view -> view.prefill().forEach(values::putIfAbsent));
        Locale locale = LocaleContextHolder.getLocale();
        TaskFormView form = new TaskFormView(sheet.formId(), messages, locale);
        List<TaskFormView.Part> parts = new ArrayList<>();
        for (FormComponent component : sheet.components()) {
            parts.add(form.part(component, values, submitted,
                    component.key() == null ? null : problems.get(component.key())));
        }
        model.addAttribute("task", task);
        model.addAttribute("taskTitle", form.title(task.name()));
        model.addAttribute("processName", name(task.processDefinitionKey()));
        model.addAttribute("parts", parts);
        model.addAttribute("general", general == null ? null : form.say(general));
        model.addAttribute("refused", !problems.isEmpty() || general != null);
        model.addAttribute("context", context.orElse(null));
        model.addAttribute("now", clock.instant());
        return "task";
    }

    private Map<String, String> names(List<TaskWork.OpenTask> open) {
        Map<String, String> names = new LinkedHashMap<>();
        for (TaskWork.OpenTask task : open) {
            if (task.processDefinitionKey() != null) {
                names.computeIfAbsent(task.processDefinitionKey(), this::name);
            }
        }
        return names;
    }

    private String name(String processDefinitionKey) {
        if (processDefinitionKey == null) {
            return "";
        }
        return messages.getMessage("tasks.process." + processDefinitionKey, null,
                work.processName(processDefinitionKey), LocaleContextHolder.getLocale());
    }

    private static TaskWork.Worker worker(Authentication user) {
        return new TaskWork.Worker(user.getName(), SpringSecurityEngineAuthentication.groupsOf(user));
    }
}
