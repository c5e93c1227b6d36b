package dev.chinaai.kg.diagnostics;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Says in words why a file operation failed. The JDK's exceptions carry only
 * a path as their message ({@code FileAlreadyExistsException: /tmp/x}), which
 * without the class name tells a user nothing; messages here never show class
 * names, so the reason has to be spelled out.
 */
public final class IoErrors {
    private IoErrors() {
    }

    /** The reason, naming the file it is about, e.g. "/tmp/x is a file, not a folder". */
    public static String reason(IOException e) {
        if (e instanceof FileSystemException f) {
            String file = f.getFile() == null ? "a file" : f.getFile();
            if (f instanceof AccessDeniedException) {
                return "permission denied on " + file;
            }
            if (f instanceof FileAlreadyExistsException || f instanceof NotDirectoryException) {
                return file + " is a file, not a folder";
            }
            if (f instanceof NoSuchFileException) {
                return file + " does not exist";
            }
            if (f instanceof DirectoryNotEmptyException) {
                return file + " is not empty";
            }
            return f.getReason() == null ? file : file + ": " + f.getReason();
        }
        return e.getMessage() == null ? "input/output error" : e.getMessage();
    }
}
