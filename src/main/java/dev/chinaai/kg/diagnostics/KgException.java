package dev.chinaai.kg.diagnostics;

/**
 * The one unchecked exception root of the project. Every failure the project
 * reports on purpose is a subclass or an instance of this type, with a message
 * that says what is wrong and, where it helps, how to fix it.
 */
public class KgException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KgException(String message) {
        super(message);
    }

    public KgException(String message, Throwable cause) {
        super(message, cause);
    }
}
