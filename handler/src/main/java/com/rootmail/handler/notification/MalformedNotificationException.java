package com.rootmail.handler.notification;

/** A message body that is not an SES S3-action notification RootMail can act on. */
public final class MalformedNotificationException extends Exception {

    private static final long serialVersionUID = 1L;

    public MalformedNotificationException(String message) {
        super(message);
    }

    MalformedNotificationException(String message, Throwable cause) {
        super(message, cause);
    }
}
