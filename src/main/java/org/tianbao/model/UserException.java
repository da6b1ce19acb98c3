package org.tianbao.model;

/**
 * A failure the user must be told about. Its message is one complete Chinese sentence naming the file
 * (if any) and the problem; the window shows it in a dialog, the command line prints it to stderr.
 */
public class UserException extends RuntimeException {

    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
