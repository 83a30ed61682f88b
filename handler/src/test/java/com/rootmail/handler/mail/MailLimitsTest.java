package com.rootmail.handler.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MailLimitsTest {

    @Test
    void aLimitThatIsNotPositiveIsRefusedByName() {
        assertThatThrownBy(() -> new MailLimits(0, 1, 1, 1, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxHeaderCount must be positive, was 0");
        assertThatThrownBy(() -> new MailLimits(1, 1, 1, 1, 1, 1, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxHtmlBytes must be positive, was -1");
    }

    @Test
    void plainBytesReadAreFourPerCharacterButNeverOverflowAnArray() {
        assertThat(new MailLimits(1, 1, 1, 1, 1, 1000, 1).maxPlainBytes()).isEqualTo(4000);
        assertThat(new MailLimits(1, 1, 1, 1, 1, Integer.MAX_VALUE, 1).maxPlainBytes()).isEqualTo(Integer.MAX_VALUE - 8);
    }
}
