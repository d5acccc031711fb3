package kz.shamy.web;

import java.security.Principal;
import kz.shamy.identity.People;
import kz.shamy.notify.Notifier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final People people;
    private final Notifier notifier;

    HomeController(People people, Notifier notifier) {
        this.people = people;
        this.notifier = notifier;
    }

    @GetMapping("/")
    String home(Principal principal, Model model) {
        model.addAttribute("person", people.find(principal.getName()).orElse(null));
        model.addAttribute("notifications", notifier.of(principal.getName()));
        return "home";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
