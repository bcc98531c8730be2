/**
 * What the launchers of development and tests share (Keycloak, Payara Micro, Payara Server): a server
 * process started in its own session with its output in a log file and waited for
 * ({@link fr.ctgportal.process.ServerProcess}), a process tree stopped gently then forcibly
 * ({@link fr.ctgportal.process.Processes}), ports checked free on 127.0.0.1
 * ({@link fr.ctgportal.process.Ports}), the sockets a process listens on
 * ({@link fr.ctgportal.process.Sockets}), a log's last lines ({@link fr.ctgportal.process.Logs}) and
 * unpacking and deleting file trees ({@link fr.ctgportal.process.FileTrees}). JDK only, Linux.
 */
package fr.ctgportal.process;
