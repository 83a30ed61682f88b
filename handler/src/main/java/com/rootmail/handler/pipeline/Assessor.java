package com.rootmail.handler.pipeline;

import com.rootmail.handler.classify.Classification;
import com.rootmail.handler.classify.Classifier;
import com.rootmail.handler.classify.Rule;
import com.rootmail.handler.mail.MailParser;
import com.rootmail.handler.mail.ParsedMail;
import com.rootmail.handler.opsitem.Delivery;
import com.rootmail.handler.opsitem.OpsItemComposer;
import com.rootmail.handler.opsitem.OpsItemComposer.Composition;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The pure heart of RootMail, shared by the Lambda and {@code rootmail classify}: parse a
 * raw mail, classify it, and compose its OpsItem with the secrets moved out.
 *
 * <pre>{@code
 * Assessor assessor = new Assessor(parser, new Classifier(), new OpsItemComposer("RootMail", Optional.empty()));
 * Assessment a = assessor.assess(rawMailStream, delivery);
 * }</pre>
 */
public final class Assessor {

    private final MailParser parser;
    private final Classifier classifier;
    private final OpsItemComposer composer;

    public Assessor(MailParser parser, Classifier classifier, OpsItemComposer composer) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.composer = Objects.requireNonNull(composer, "composer");
    }

    /** Parses the stream (read once, not closed) and assesses the mail. */
    public Assessment assess(InputStream rawMail, Delivery delivery) throws IOException {
        return assess(parser.parse(rawMail), delivery);
    }

    public Assessment assess(ParsedMail mail, Delivery delivery) {
        Classification classification = classifier.classify(mail, delivery.verdicts());
        if (classification.rule().action() == Rule.Action.SUPPRESS) {
            return new Assessment(classification, Optional.empty(), List.of());
        }
        Composition composition = composer.compose(mail, delivery, classification);
        return new Assessment(classification, Optional.of(composition.draft()), composition.secrets());
    }

    /** Parses a mail; for callers that need the parsed mail itself (e.g. its SES trace headers). */
    public ParsedMail parse(InputStream rawMail) throws IOException {
        return parser.parse(rawMail);
    }
}
