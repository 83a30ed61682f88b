package com.rootmail.handler.classify;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The domains AWS sends its mail from: the one list RootMail trusts, together with SES's
 * verdicts. A subdomain of a listed domain counts as that domain.
 */
public final class AwsSendingDomains {

    /** {@code aws} is the top-level domain: any {@code *.aws} is AWS's. */
    public static final List<String> DOMAINS = List.of("amazon.com", "amazonaws.com", "aws", "awsapps.com");

    /** Labels repeat at most 126 times (a DNS name's most): java.util.regex recurses per repetition. */
    private static final Pattern DOMAIN_LIKE = Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?){1,126}");

    private static final Pattern TRAILING_DOTS = Pattern.compile("\\.+$");

    private AwsSendingDomains() {
    }

    /** Whether {@code domain} is a listed domain or one of its subdomains. */
    public static boolean contains(String domain) {
        String d = TRAILING_DOTS.matcher(domain.toLowerCase(Locale.ROOT)).replaceAll("");
        return DOMAINS.stream().anyMatch(aws -> d.equals(aws) || d.endsWith("." + aws));
    }

    /**
     * Whether free text (a display name such as {@code "no-reply@aws.amazon.com"}) names an
     * AWS domain: a sender that writes one there claims to be AWS as much as with its address.
     */
    public static boolean mentionedIn(String text) {
        Matcher m = DOMAIN_LIKE.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (contains(m.group())) {
                return true;
            }
        }
        return false;
    }
}
