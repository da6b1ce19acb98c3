package org.tianbao.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.tianbao.model.UserException;

/** Small text files people make by hand, such as a list of units. */
public final class TextFiles {

    /** Larger than any list of units: not the file that was meant. */
    static final long MAX_BYTES = 1024 * 1024;

    private TextFiles() {
    }

    /**
     * Reads a text file saved as UTF-8 (with or without a byte-order mark) or, as Notepad on a Chinese
     * Windows long saved it, in the system code page (GBK, read as GB18030 which contains it).
     *
     * @throws UserException naming the file when it cannot be read
     */
    public static String readChinese(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new UserException("无法读取“" + file.getFileName() + "”：文件太大，不是一份单位名单。");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserException("无法读取“" + file.getFileName() + "”：文件不存在。", e);
        } catch (AccessDeniedException e) {
            throw new UserException("无法读取“" + file.getFileName() + "”：没有读取权限。", e);
        } catch (IOException e) {
            throw new UserException("无法读取“" + file.getFileName() + "”：读取时出错（" + e.getClass().getSimpleName() + "）。", e);
        }
        try {
            String text = decode(bytes, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            try {
                return decode(bytes, Charset.forName("GB18030"));
            } catch (CharacterCodingException e) {
                throw new UserException("无法读取“" + file.getFileName() + "”：它不是文本文件。", e);
            }
        }
    }

    private static String decode(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }
}
