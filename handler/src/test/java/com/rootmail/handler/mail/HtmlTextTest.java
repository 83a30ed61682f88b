package com.rootmail.handler.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    private static String text(String html) {
        return HtmlText.convert(html, 10_000).text();
    }

    @Test
    void imageOnlyLinkShowsItsTarget() {
        assertThat(text("<a href=\"https://example.com/go\"><img src=\"x.png\" alt=\"\"></a>"))
                .isEqualTo("<https://example.com/go>");
    }

    @Test
    void scriptSchemeLinksAreNeverShownEvenWhenDisguised() {
        assertThat(text("<a href=\" JaVa\tScRiPt:alert(1)\">one</a> <a href=\"data:text/html,<b>x</b>\">two</a>"))
                .isEqualTo("one two");
    }

    @Test
    void hrefEntitiesAreDecodedLikeABrowserDoes() {
        assertThat(text("<a href=\"https://example.com/?a=1&amp;token=abc\">Open</a>"))
                .isEqualTo("Open <https://example.com/?a=1&token=abc>");
    }

    @Test
    void lineBreaksInsideAnHrefAreDroppedLikeABrowserDoes() {
        assertThat(text("<a href=\"https://x.test/reset?token=ABCDEF\r\nGHIJKLMNOP\tQR\">Reset</a>"))
                .isEqualTo("Reset <https://x.test/reset?token=ABCDEFGHIJKLMNOPQR>");
    }

    @Test
    void tableCellsAreSeparatedAndRowsAreLines() {
        assertThat(text("<table><tr><td>Account</td><td>123456789012</td></tr><tr><td>Region</td><td>eu-west-1</td></tr></table>"))
                .isEqualTo("Account 123456789012\nRegion eu-west-1");
    }

    @Test
    void preformattedTextKeepsItsLineBreaksAndSpaces() {
        assertThat(text("<p>Code:</p><pre>  a  b\n  c</pre><p>end</p>")).isEqualTo("Code:\n\n  a  b\n  c\n\nend");
    }

    @Test
    void whitespaceRunsCollapseButNoBreakSpacesStay() {
        assertThat(text("<p>one \n\t  two&nbsp;&nbsp;three</p>")).isEqualTo("one two\u00a0\u00a0three");
    }

    @Test
    void commentsAndConditionalCommentsDisappear() {
        assertThat(text("<p>a<!-- hidden --><!--[if mso]>outlook only<![endif]-->b</p>")).isEqualTo("ab");
    }

    @Test
    void hiddenStylesInAnySpellingAreDropped() {
        assertThat(text("<p>shown</p><div style=\"DISPLAY : NONE\">gone</div><span style=\"mso-hide: all\">gone</span>"
                + "<p style=\"visibility:hidden\">gone</p>")).isEqualTo("shown");
    }

    @Test
    void textIsCutAtTheLimitAndMarked() {
        ReadableText text = HtmlText.convert("<p>" + "word ".repeat(100) + "</p>", 12);

        assertThat(text.text()).isEqualTo("word word wo");
        assertThat(text.truncated()).isTrue();
    }

    @Test
    void markupInsideTextIsShownAsTextNeverInterpreted() {
        assertThat(text("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")).isEqualTo("<script>alert(1)</script>");
    }
}
