package org.tianbao.store;

/** A storage operation failed; the message is for the log, the UI shows its own sentence. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
