package fr.ctgportal.it.env;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the database before any test (the Payara Micro that Arquillian launches connects to it at
 * deployment) and stops everything when the test run ends, so that no process is left behind.
 */
public class EnvironmentSessionListener implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        TestEnvironment.get().database();
        Runtime.getRuntime().addShutdownHook(new Thread(TestEnvironment.get()::stopAll, "ctg-it-stop"));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TestEnvironment.get().stopAll();
    }
}
