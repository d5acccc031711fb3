package kz.shamy.notify.internal;

import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kz.shamy.shared.Forbidden;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /settings/notifications}: the signed-in person's own mail settings and calendar link, and nobody
 * else's (the form names whose settings it holds; a form naming another person changes nothing).
 */
@Controller
@RequestMapping("/settings/notifications")
class NotificationSettingsController {

    private final NotificationPreferences preferences;
    private final MailProperties properties;

    NotificationSettingsController(NotificationPreferences preferences, MailProperties properties) {
        this.preferences = preferences;
        this.properties = properties;
    }

    @GetMapping
    String settings(Principal principal, Model model) {
        NotificationSettings mine = preferences.of(principal.getName());
        model.addAttribute("person", principal.getName());
        model.addAttribute("language", mine.locale().getLanguage());
        model.addAttribute("digest", mine.isDigest());
        model.addAttribute("kinds", List.of(MailKind.values()));
        model.addAttribute("wanted", mine.wanted());
        model.addAttribute("calendarLink", mine.getCalendarToken() == null ? null
                : properties.link("/calendar/" + mine.getCalendarToken() + ".ics"));
        return "notification-settings";
    }

    @PostMapping
    String save(Principal principal, @RequestParam String person, @RequestParam String language,
            @RequestParam(defaultValue = "false") boolean digest,
            @RequestParam(name = "kind", required = false) Set<MailKind> kinds, RedirectAttributes redirect) {
        ownOnly(principal, person);
        preferences.choose(principal.getName(), language, digest,
                kinds == null ? EnumSet.noneOf(MailKind.class) : EnumSet.copyOf(kinds));
        redirect.addAttribute("saved", "");
        return "redirect:/settings/notifications";
    }

    /** A new calendar link ({@code action=new}; the old one stops working) or none ({@code action=off}). */
    @PostMapping("/calendar")
    String calendar(Principal principal, @RequestParam String person, @RequestParam String action,
            RedirectAttributes redirect) {
        ownOnly(principal, person);
        if ("off".equals(action)) {
            preferences.revokeCalendarToken(principal.getName());
        } else {
            preferences.newCalendarToken(principal.getName());
        }
        redirect.addAttribute("calendar", "");
        return "redirect:/settings/notifications";
    }

    private static void ownOnly(Principal principal, String person) {
        if (!principal.getName().equals(person)) {
            throw new Forbidden(principal.getName() + " cannot change the notification settings of " + person);
        }
    }
}
