package fr.ctgportal.it.env;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the database and the SMTP server before any test (the Payara Micro that Arquillian launches
 * connects to the first at deployment; it and the browser tests' portal send mail to the second) and
 * stops everything when the test run ends, so that no process is left behind.
 */
public class EnvironmentSessionListener implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        TestEnvironment.get().database();
        TestEnvironment.get().mailServer();
        Runtime.getRuntime().addShutdownHook(new Thread(TestEnvironment.get()::stopAll, "ctg-it-stop"));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TestEnvironment.get().stopAll();
    }
}
