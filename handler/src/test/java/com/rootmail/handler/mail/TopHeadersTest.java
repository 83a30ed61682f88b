package com.rootmail.handler.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.apache.james.mime4j.stream.RawField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopHeadersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Fri, 6 Sep 2019 18:52:14 +0000 (UTC)  | 2019-09-06T18:52:14Z
            6 Sep 2019 18:52:14 GMT               | 2019-09-06T18:52:14Z
            Fri, 06 Sep 2019 20:52:14 +0200       | 2019-09-06T18:52:14Z
            Fri, 06 Sep 19 18:52:14 -0000         | 2019-09-06T18:52:14Z
            fri,  6 sep 2019 18:52 +0000          | 2019-09-06T18:52:00Z
            """)
    void datesAreReadTolerantly(String header, String expected) {
        TopHeaders headers = new TopHeaders();

        headers.add(new RawField("Date", " " + header));

        assertThat(headers.date()).contains(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            <abc@example.com>              | abc@example.com
            '  <abc@example.com> (comment)' | abc@example.com
            abc@example.com                | abc@example.com
            <abc@example.com> <def@x>      | abc@example.com
            """)
    void messageIdLosesItsBrackets(String header, String expected) {
        assertThat(TopHeaders.messageId(header)).isEqualTo(expected);
    }
}
