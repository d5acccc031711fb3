package kz.shamy.certification.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kz.shamy.identity.Role;
import kz.shamy.shared.Forbidden;
import kz.shamy.shared.NotFound;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Certificates for the people concerned: a teacher's own, the certificates of a facilitator's teachers, and for
 * administrators any, found by number, with revocation and re-issue. The PDF is in the reader's page language.
 * A certificate that is not the reader's does not exist for them (404).
 */
@Controller
class CertificatePageController {

    private final CertificateRegister register;
    private final CertificatePdf pdf;

    CertificatePageController(CertificateRegister register, CertificatePdf pdf) {
        this.register = register;
        this.pdf = pdf;
    }

    /** A certificate in a list: its record and its holder's name. */
    record Listed(Certificate certificate, String holder) {
    }

    @GetMapping("/certificates")
    String certificates(@RequestParam Optional<String> number, Authentication user, Model model) {
        boolean admin = isAdmin(user);
        if (admin && number.filter(n -> !n.isBlank()).isPresent()) {
            Optional<Certificate> found = register.byNumber(number.get());
            if (found.isPresent()) {
                return "redirect:/certificates/" + found.get().getId();
            }
            model.addAttribute("numberNotFound", number.get().strip());
        }
        model.addAttribute("held", listed(register.heldBy(user.getName())));
        model.addAttribute("facilitated", listed(register.facilitatedBy(user.getName())));
        model.addAttribute("admin", admin);
        model.addAttribute("latest", admin ? listed(register.latest()) : List.of());
        return "certificates";
    }

    @GetMapping("/certificates/{id}")
    String certificate(@PathVariable long id, Authentication user, Model model) {
        Certificate certificate = register.readableBy(id, user.getName(), isAdmin(user));
        return page(certificate, user, model);
    }

    @GetMapping("/certificates/{id}.pdf")
    ResponseEntity<byte[]> download(@PathVariable long id, Authentication user, Locale locale) {
        Certificate certificate = register.readableBy(id, user.getName(), isAdmin(user));
        byte[] document = pdf.render(register.content(certificate), locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("certificate-" + certificate.getNumber() + ".pdf").build().toString())
                .body(document);
    }

    @PostMapping("/certificates/{id}/revoke")
    String revoke(@PathVariable long id, @RequestParam(required = false) String reason, Authentication user,
            Model model, HttpServletResponse response) {
        requireAdmin(user, id);
        try {
            register.revoke(id, user.getName(), reason);
            return "redirect:/certificates/" + id;
        } catch (RevocationReasonMissing | CertificateAlreadyRevoked refused) {
            return refused(id, refused, user, model, response);
        }
    }

    @PostMapping("/certificates/{id}/reissue")
    String reissue(@PathVariable long id, @RequestParam(required = false) String reason, Authentication user,
            Model model, HttpServletResponse response) {
        requireAdmin(user, id);
        try {
            return "redirect:/certificates/" + register.reissue(id, user.getName(), reason).getId();
        } catch (RevocationReasonMissing | CertificateAlreadyRevoked refused) {
            return refused(id, refused, user, model, response);
        }
    }

    /** The certificate's page again, saying at the form why nothing was done, with what was typed kept. */
    private String refused(long id, RuntimeException refused, Authentication user, Model model,
            HttpServletResponse response) {
        boolean missingReason = refused instanceof RevocationReasonMissing;
        response.setStatus(missingReason ? HttpStatus.BAD_REQUEST.value() : HttpStatus.CONFLICT.value());
        model.addAttribute("refusal", missingReason ? "certificate.reason.required" : "certificate.alreadyRevoked");
        model.addAttribute("maxReason", CertificateRegister.REASON_MAX_LENGTH);
        return page(register.certificate(id), user, model);
    }

    private String page(Certificate certificate, Authentication user, Model model) {
        model.addAttribute("certificate", certificate);
        model.addAttribute("document", register.content(certificate));
        model.addAttribute("admin", isAdmin(user));
        model.addAttribute("maxReason", CertificateRegister.REASON_MAX_LENGTH);
        return "certificate";
    }

    /** The PDF's refusal is a page too, like every other refusal here: nothing tells who holds which certificate. */
    @ExceptionHandler(NotFound.class)
    ModelAndView notFound() {
        return new ModelAndView("problem", Map.of("problem", "notFound"), HttpStatus.NOT_FOUND);
    }

    private List<Listed> listed(List<Certificate> certificates) {
        return certificates.stream().map(c -> new Listed(c, register.holderName(c))).toList();
    }

    private static void requireAdmin(Authentication user, long id) {
        if (!isAdmin(user)) {
            throw new Forbidden(user.getName() + " may not revoke or re-issue certificate " + id);
        }
    }

    private static boolean isAdmin(Authentication user) {
        return user.getAuthorities().stream()
                .anyMatch(authority -> Role.ADMIN.authority().equals(authority.getAuthority()));
    }
}
