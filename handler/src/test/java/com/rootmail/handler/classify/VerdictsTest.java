package com.rootmail.handler.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class VerdictsTest {

    @Test
    void givenVerdictsOverrideTheDefaultsAndTheRestStay() {
        Verdicts v = Verdicts.parse("dkim=pass, spf=FAIL", Verdicts.ALL_GRAY);

        assertThat(v).isEqualTo(new Verdicts(Verdict.GRAY, Verdict.GRAY, Verdict.FAIL, Verdict.PASS, Verdict.GRAY));
        assertThat(v.summary()).isEqualTo("spf=FAIL dkim=PASS dmarc=GRAY spam=GRAY virus=GRAY");
    }

    @Test
    void unknownNamesValuesAndRepeatsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> Verdicts.parse("dkin=PASS", Verdicts.ALL_GRAY)).hasMessageContaining("dkin");
        assertThatThrownBy(() -> Verdicts.parse("dkim=MAYBE", Verdicts.ALL_GRAY)).hasMessageContaining("MAYBE");
        assertThatThrownBy(() -> Verdicts.parse("dkim", Verdicts.ALL_GRAY)).hasMessageContaining("name=VALUE");
        assertThatThrownBy(() -> Verdicts.parse("dkim=PASS,dkim=FAIL", Verdicts.ALL_GRAY)).hasMessageContaining("twice");
    }

    @Test
    void anAbsentOrUnknownStatusFromSesIsGrayNeverAnError() {
        assertThat(Verdict.parseOrGray(" pass ")).isEqualTo(Verdict.PASS);
        assertThat(Verdict.parseOrGray(null)).isEqualTo(Verdict.GRAY);
        assertThat(Verdict.parseOrGray("")).isEqualTo(Verdict.GRAY);
        assertThat(Verdict.parseOrGray("MAYBE")).isEqualTo(Verdict.GRAY);
    }

    @Test
    void sesTraceHeadersGiveVerdictsOnlyFromSesOwnAuthenticationResults() {
        Verdicts ses = TraceHeaderVerdicts.read(Map.of(
                "x-ses-spam-verdict", "PASS",
                "x-ses-virus-verdict", "FAIL",
                "authentication-results", "amazonses.com; spf=pass (spfCheck: ok) client-ip=203.0.113.0;"
                        + " dkim=pass header.i=@amazonses.com; dmarc=none header.from=example.com;"));
        Verdicts relay = TraceHeaderVerdicts.read(Map.of(
                "authentication-results", "mx.evil.example; spf=pass; dkim=pass; dmarc=pass"));

        assertThat(ses).isEqualTo(new Verdicts(Verdict.PASS, Verdict.FAIL, Verdict.PASS, Verdict.PASS, Verdict.GRAY));
        assertThat(relay).isEqualTo(Verdicts.ALL_GRAY);
        assertThat(TraceHeaderVerdicts.read(Map.of())).isEqualTo(Verdicts.ALL_GRAY);
    }
}
