package org.tianbao.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Name and version of the running build. */
public final class AppInfo {

    public static final String NAME = "填报通";

    private AppInfo() {
    }

    public static String version() {
        Properties p = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // fall through to "unknown"
        }
        return p.getProperty("version", "unknown");
    }
}
