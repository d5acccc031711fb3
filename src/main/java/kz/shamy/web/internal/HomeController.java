package kz.shamy.web.internal;

import java.security.Principal;
import kz.shamy.identity.People;
import kz.shamy.identity.Person;
import kz.shamy.notify.Notifier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final People people;
    private final Notifier notifier;
    private final StageBoard stageBoard;

    HomeController(People people, Notifier notifier, StageBoard stageBoard) {
        this.people = people;
        this.notifier = notifier;
        this.stageBoard = stageBoard;
    }

    @GetMapping("/")
    String home(Principal principal, Model model) {
        Person person = people.find(principal.getName()).orElse(null);
        model.addAttribute("person", person);
        model.addAttribute("board", stageBoard.of(person));
        model.addAttribute("steps", StageBoard.STEPS);
        model.addAttribute("notifications", notifier.of(principal.getName()));
        return "home";
    }
}
