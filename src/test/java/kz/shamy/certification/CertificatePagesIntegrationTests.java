package kz.shamy.certification;

import kz.shamy.certification.internal.Certificate;
import kz.shamy.certification.internal.CertificateNumbers;
import kz.shamy.certification.internal.CertificateRegister;
import kz.shamy.certification.internal.Certifications;
import kz.shamy.certification.internal.RevocationReasonMissing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import kz.shamy.EmptyShamyIntegrationTest;
import kz.shamy.identity.People;
import kz.shamy.identity.Person;
import kz.shamy.identity.Role;
import kz.shamy.notify.Notifier;
import kz.shamy.programme.Programme;
import kz.shamy.programme.School;
import kz.shamy.programme.Schools;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Certificates over HTTP: who may download one, the public verification page (valid, revoked, unknown, and its
 * rate limit), and an administrator's revocation and re-issue.
 */
@EmptyShamyIntegrationTest
class CertificatePagesIntegrationTests {

    static final AtomicInteger PEOPLE = new AtomicInteger();
    static final AtomicInteger ADDRESSES = new AtomicInteger();
    static final String PROGRAMME = "Мұғалім көшбасшылығы 2026–2027";

    @Autowired MockMvc mvc;
    @Autowired Certifications certifications;
    @Autowired CertificateRegister register;
    @Autowired People people;
    @Autowired Schools schools;
    @Autowired Notifier notifier;

    String teacher;
    String facilitator;
    Certificate certificate;

    @BeforeEach
    void aCertifiedTeacher() {
        if (schools.programmes().stream().noneMatch(p -> p.name().equals(PROGRAMME))) {
            schools.addProgramme(PROGRAMME, "UNESCO", LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1));
        }
        School school = schools.addSchool(schools.regionByCode("CRT").orElseGet(() -> schools.addRegion("CRT", "Region")),
                "Қарабұлақ ауылының №12 мектебі", "Сайрам ауданы", "Қарабұлақ", "kk");
        int n = PEOPLE.incrementAndGet();
        teacher = "crt-teacher" + n;
        facilitator = "crt-facilitator" + n;
        people.add(new Person(teacher, "Әйгерім Үсенова " + n, Role.TEACHER, school.id(), null));
        people.add(new Person(facilitator, "Facilitator " + n, Role.FACILITATOR, school.id(), null));
        Long caseId = certifications.open(teacher, facilitator, 1L, 1L, null).getId();
        certificate = certifications.issueCertificate(caseId);
    }

    /** Each test checks codes from its own address, so tests never use up each other's verification tries. */
    private static RequestPostProcessor fromOwnAddress() {
        String address = "198.51.100." + ADDRESSES.incrementAndGet();
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void teacherDownloadsTheirCertificateInTheirPageLanguage() throws Exception {
        byte[] kk = mvc.perform(get("/certificates/{id}.pdf", certificate.getId()).locale(Locale.forLanguageTag("kk"))
                        .with(user(teacher).roles("TEACHER")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition",
                        containsString("certificate-" + certificate.getNumber() + ".pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        byte[] ru = mvc.perform(get("/certificates/{id}.pdf", certificate.getId()).param("lang", "ru")
                        .with(user(teacher).roles("TEACHER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        assertThat(pdfText(kk)).contains("Осы сертификат мынаны куәландырады", people.displayName(teacher),
                PROGRAMME, "Қарабұлақ ауылының №12 мектебі", certificate.getNumber(),
                "https://shamy.example.kz/verify/" + certificate.getVerificationCode());
        assertThat(pdfText(ru)).contains("Настоящий сертификат удостоверяет, что", people.displayName(teacher));
    }

    @Test
    void facilitatorAndAdministratorMayDownloadAnotherTeacherOrFacilitatorMayNot() throws Exception {
        String path = "/certificates/" + certificate.getId() + ".pdf";
        mvc.perform(get(path).with(user(facilitator).roles("FACILITATOR"))).andExpect(status().isOk());
        mvc.perform(get(path).with(user("crt-admin").roles("ADMIN"))).andExpect(status().isOk());

        mvc.perform(get(path).with(user("crt-other-teacher").roles("TEACHER")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("page-problem-notFound")))
                .andExpect(content().string(not(containsString(certificate.getNumber()))));
        mvc.perform(get(path).with(user("crt-other-facilitator").roles("FACILITATOR")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/certificates/{id}", certificate.getId()).with(user("crt-other-teacher").roles("TEACHER")))
                .andExpect(status().isNotFound());
        mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void teacherSeesTheirCertificateListedWithItsDownload() throws Exception {
        mvc.perform(get("/certificates").with(user(teacher).roles("TEACHER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(certificate.getNumber())))
                .andExpect(content().string(containsString("/certificates/" + certificate.getId() + ".pdf")));
        mvc.perform(get("/certificates").with(user("crt-nobody").roles("TEACHER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("no-certificates")))
                .andExpect(content().string(not(containsString(certificate.getNumber()))));
    }

    @Test
    void aValidCodeShowsTheNameAndProgrammeToAnyoneAndNothingElse() throws Exception {
        mvc.perform(get("/verify/{code}", certificate.getVerificationCode()).with(fromOwnAddress())
                        .locale(Locale.forLanguageTag("kk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("verify-valid")))
                .andExpect(content().string(containsString(people.displayName(teacher))))
                .andExpect(content().string(containsString(PROGRAMME)))
                .andExpect(content().string(not(containsString("мектебі"))))
                .andExpect(content().string(not(containsString(certificate.getNumber()))));
    }

    @Test
    void anUnknownCodeIsANotFoundPageSayingThereIsNoSuchCertificate() throws Exception {
        mvc.perform(get("/verify/{code}", "ABCDEFGHJKMNPQRS").with(fromOwnAddress()).locale(Locale.ENGLISH))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("No such certificate")));
        mvc.perform(get("/verify/{code}", "not-a-code").with(fromOwnAddress()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("verify-unknown")));
    }

    @Test
    void aRevokedCodeVerifiesAsRevokedWithItsDate() throws Exception {
        register.revoke(certificate.getId(), "crt-admin", "issued by mistake");

        mvc.perform(get("/verify/{code}", certificate.getVerificationCode()).with(fromOwnAddress())
                        .locale(Locale.forLanguageTag("ru")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("verify-revoked")))
                .andExpect(content().string(containsString("Дата отзыва")))
                .andExpect(content().string(not(containsString("issued by mistake"))))
                .andExpect(content().string(containsString(people.displayName(teacher))));
    }

    @Test
    void checkingTooManyCodesFromOneAddressIsRefusedWithRetryAfter() throws Exception {
        for (int i = 0; i < 10; i++) {
            mvc.perform(get("/verify/{code}", "ABCDEFGHJKMNPQ" + (22 + i)).with(from("203.0.113.50")))
                    .andExpect(status().isNotFound());
        }

        mvc.perform(get("/verify/{code}", certificate.getVerificationCode()).with(from("203.0.113.50")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "6"))
                .andExpect(content().string(containsString("verify-busy")))
                .andExpect(content().string(not(containsString(people.displayName(teacher)))));
        mvc.perform(get("/verify/{code}", certificate.getVerificationCode()).with(from("203.0.113.51")))
                .andExpect(status().isOk());
    }

    @Test
    void revokingWithoutAReasonIsRefusedAndNothingChanges() throws Exception {
        mvc.perform(post("/certificates/{id}/revoke", certificate.getId()).param("reason", "   ")
                        .with(user("crt-admin").roles("ADMIN")).with(csrf()).locale(Locale.ENGLISH))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"refusal\"")))
                .andExpect(content().string(containsString("Write the reason")));

        assertThat(register.certificate(certificate.getId()).isRevoked()).isFalse();
        assertThatThrownBy(() -> register.revoke(certificate.getId(), "crt-admin", null))
                .isInstanceOf(RevocationReasonMissing.class);
        assertThatThrownBy(
                        () -> register.reissue(certificate.getId(), "crt-admin", ""))
                .isInstanceOf(RevocationReasonMissing.class);
        assertThat(register.certificate(certificate.getId()).isRevoked()).isFalse();
    }

    @Test
    void onlyAnAdministratorRevokesAndOnlyWithTheFormsToken() throws Exception {
        String path = "/certificates/" + certificate.getId() + "/revoke";
        mvc.perform(post(path).param("reason", "mine").with(user(teacher).roles("TEACHER")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(path).param("reason", "theirs").with(user(facilitator).roles("FACILITATOR")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(path).param("reason", "no token").with(user("crt-admin").roles("ADMIN")))
                .andExpect(status().isForbidden());

        assertThat(register.certificate(certificate.getId()).isRevoked()).isFalse();
    }

    @Test
    void administratorRevokesWithAReasonAndTheTeacherIsTold() throws Exception {
        mvc.perform(post("/certificates/{id}/revoke", certificate.getId()).param("reason", "plagiarised portfolio")
                        .with(user("crt-admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/certificates/" + certificate.getId()));

        Certificate revoked = register.certificate(certificate.getId());
        assertThat(revoked.isRevoked()).isTrue();
        assertThat(revoked.getRevokedBy()).isEqualTo("crt-admin");
        assertThat(revoked.getRevocationReason()).isEqualTo("plagiarised portfolio");
        await().untilAsserted(() -> assertThat(notifier.of(teacher, "notify.certificate.revoked")).hasSize(1));
        mvc.perform(post("/certificates/{id}/revoke", certificate.getId()).param("reason", "again")
                        .with(user("crt-admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(register.certificate(certificate.getId()).getRevocationReason()).isEqualTo("plagiarised portfolio");
    }

    @Test
    void reissuedCertificateHasANewNumberAndCodeAndTheOldCodeVerifiesAsReplaced() throws Exception {
        String location = mvc.perform(post("/certificates/{id}/reissue", certificate.getId())
                        .param("reason", "name misspelt").with(user("crt-admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/certificates/*"))
                .andReturn().getResponse().getRedirectedUrl();
        Certificate replacement = register.certificate(Long.valueOf(location.substring(location.lastIndexOf('/') + 1)));
        Certificate old = register.certificate(certificate.getId());

        assertThat(replacement.getId()).isNotEqualTo(old.getId());
        assertThat(replacement.getNumber()).isNotEqualTo(old.getNumber());
        assertThat(replacement.getVerificationCode()).isNotEqualTo(old.getVerificationCode())
                .hasSize(CertificateNumbers.CODE_LENGTH);
        assertThat(old.getReplacedBy()).isEqualTo(replacement.getId());
        assertThat(old.getRevocationReason()).isEqualTo("name misspelt");
        assertThat(certifications.certificateOfCase(old.getCaseId())).map(Certificate::getId)
                .contains(replacement.getId());
        mvc.perform(get("/verify/{code}", old.getVerificationCode()).with(fromOwnAddress()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("verify-revoked")))
                .andExpect(content().string(containsString("id=\"replaced\"")));
        mvc.perform(get("/verify/{code}", replacement.getVerificationCode()).with(fromOwnAddress()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("verify-valid")));
        mvc.perform(post("/certificates/{id}/reissue", old.getId()).param("reason", "twice")
                        .with(user("crt-admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(get("/certificates/{id}.pdf", replacement.getId()).with(user(teacher).roles("TEACHER")))
                .andExpect(status().isOk());
    }

    @Test
    void administratorFindsACertificateByNumber() throws Exception {
        mvc.perform(get("/certificates").param("number", certificate.getNumber().toLowerCase(Locale.ROOT))
                        .with(user("crt-admin").roles("ADMIN")))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/certificates/" + certificate.getId()));
        mvc.perform(get("/certificates").param("number", "SHM-1999-999999").with(user("crt-admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("number-not-found")));
        mvc.perform(get("/certificates/{id}", certificate.getId()).with(user("crt-admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("name=\"reason\"")));
    }
}
