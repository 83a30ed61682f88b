package com.rootmail.handler.notification;

/** A notification that points outside RootMail's bucket or prefix: nothing is read for it. */
public final class RefusedNotificationException extends Exception {

    private static final long serialVersionUID = 1L;

    RefusedNotificationException(String message) {
        super(message);
    }
}
