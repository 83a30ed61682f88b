package com.rootmail.handler.opsitem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecretRedactorTest {

    private static final String RESET = "https://signin.aws.amazon.com/resetpassword?type=RootUser&token=Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA";

    @Test
    void passwordResetLinkIsReplacedByAVisibleMarkerAndKept() {
        SecretRedactor redactor = new SecretRedactor();

        String clean = redactor.redact("To reset your password, open\n" + RESET + "\nThanks, AWS");

        assertThat(clean).isEqualTo("To reset your password, open\n[secret removed: reset-link-1]\nThanks, AWS");
        assertThat(redactor.secrets()).containsExactly(new Secret("reset-link-1", RESET));
    }

    @Test
    void linkFromAnHtmlBodyInLabelAngleUrlFormIsRemoved() {
        SecretRedactor redactor = new SecretRedactor();

        String clean = redactor.redact("Reset password <" + RESET + "> or ignore this mail.");

        assertThat(clean).isEqualTo("Reset password <[secret removed: reset-link-1]> or ignore this mail.");
        assertThat(redactor.secrets()).extracting(Secret::value).containsExactly(RESET);
    }

    @Test
    void linkWrappedOverSeveralLinesIsRemovedWhole() {
        String wrapped = "https://signin.aws.amazon.com/resetpassword?type=RootUser&tok\n"
                + "en=Zm9vYmFyYmF6cXV4MTIz\n"
                + "NDU2Nzg5MA\n\nThanks";
        SecretRedactor redactor = new SecretRedactor();

        String clean = redactor.redact(wrapped);

        assertThat(clean).isEqualTo("[secret removed: reset-link-1]\n\nThanks");
        assertThat(redactor.secrets()).extracting(Secret::value)
                .containsExactly("https://signin.aws.amazon.com/resetpassword?type=RootUser&token=Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA");
    }

    @Test
    void aWordOnTheNextLineIsNotTakenForPartOfALink() {
        SecretRedactor redactor = new SecretRedactor();

        String clean = redactor.redact(RESET + "\nThanks\n");

        assertThat(clean).isEqualTo("[secret removed: reset-link-1]\nThanks\n");
    }

    @Test
    void verificationCodesAreRemovedEvenOnALaterLine() {
        SecretRedactor redactor = new SecretRedactor();

        String clean = redactor.redact("Verification code:\n\n482910\n\n(This code will expire 10 minutes after it was sent.)"
                + " Your one-time passcode is A7K2Q9.");

        assertThat(clean).doesNotContain("482910").doesNotContain("A7K2Q9")
                .contains("[secret removed: verification-code-1]").contains("[secret removed: verification-code-2]")
                .contains("expire 10 minutes");
        assertThat(redactor.secrets()).extracting(Secret::value).containsExactly("482910", "A7K2Q9");
    }

    @Test
    void codesAfterYourCodeOrTheFollowingCodeAreRemovedButDatesStay() {
        SecretRedactor redactor = new SecretRedactor();

        String clean = redactor.redact("Enter the following code: 918273. Your code is X9Y8Z7."
                + " Your code expires on 2026-12-04.");

        assertThat(redactor.secrets()).extracting(Secret::value).containsExactly("918273", "X9Y8Z7");
        assertThat(clean).contains("expires on 2026-12-04");
    }

    @Test
    void linksWithALongOpaquePathSegmentAreSecret() {
        SecretRedactor redactor = new SecretRedactor();

        redactor.redact("Open https://example.com/r/3f9a0c7e1b2d4e6f8a9b0c1d2e3f4a5b6c7d now,"
                + " not https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-retirement.html");

        assertThat(redactor.secrets()).extracting(Secret::value)
                .containsExactly("https://example.com/r/3f9a0c7e1b2d4e6f8a9b0c1d2e3f4a5b6c7d");
    }

    @Test
    void theSameSecretInSubjectAndBodyHasOneName() {
        SecretRedactor redactor = new SecretRedactor();

        String subject = redactor.redact("Your verification code is 482910");
        String body = redactor.redact("Hello, your verification code is 482910.");

        assertThat(subject).isEqualTo("Your verification code is [secret removed: verification-code-1]");
        assertThat(body).contains("[secret removed: verification-code-1]");
        assertThat(redactor.secrets()).hasSize(1);
    }

    @Test
    void ordinaryLinksAccountIdsAndWordsStay() {
        String text = "See https://aws.amazon.com/premiumsupport/ and https://console.aws.amazon.com/billing/home"
                + " for account 123456789012. The code of conduct applies.";
        SecretRedactor redactor = new SecretRedactor();

        assertThat(redactor.redact(text)).isEqualTo(text);
        assertThat(redactor.secrets()).isEmpty();
    }

    @Test
    void opaqueTokensInQueriesCountAsSecretsWhateverTheirName() {
        SecretRedactor redactor = new SecretRedactor();

        redactor.redact("https://example.com/x?q=abcdefghijklmnopqrstuvwxyz012345 and https://example.com/x?lang=en");

        assertThat(redactor.secrets()).extracting(Secret::name).isEqualTo(List.of("reset-link-1"));
    }

    @Test
    void toStringNeverShowsTheValue() {
        assertThat(new Secret("reset-link-1", RESET).toString()).doesNotContain("token").contains("reset-link-1");
    }
}
