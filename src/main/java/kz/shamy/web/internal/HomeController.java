package kz.shamy.web.internal;

import java.security.Principal;
import kz.shamy.circle.PastProjectsWhilePlanning;
import kz.shamy.identity.People;
import kz.shamy.identity.Person;
import kz.shamy.identity.Role;
import kz.shamy.notify.Notifier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final People people;
    private final Notifier notifier;
    private final StageBoard stageBoard;
    private final PastProjectsWhilePlanning pastProjects;

    HomeController(People people, Notifier notifier, StageBoard stageBoard, PastProjectsWhilePlanning pastProjects) {
        this.people = people;
        this.notifier = notifier;
        this.stageBoard = stageBoard;
        this.pastProjects = pastProjects;
    }

    @GetMapping("/")
    String home(Principal principal, Model model) {
        Person person = people.find(principal.getName()).orElse(null);
        model.addAttribute("person", person);
        model.addAttribute("board", stageBoard.of(person));
        model.addAttribute("steps", StageBoard.STEPS);
        model.addAttribute("notifications", notifier.of(principal.getName()));
        // a teacher planning their project: the published reports like the concern they wrote
        model.addAttribute("pastProjects", person != null && person.role() == Role.TEACHER
                ? pastProjects.forTeacher(principal.getName()).orElse(null) : null);
        return "home";
    }
}
