package fr.ctgportal.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJBAccessException;
import org.junit.jupiter.api.Test;

/** The log of a refusal names the use case's method, whichever view of the bean was called. */
class AccessRefusalsTest {

    @Test
    void theRefusedMethodIsTheInnermostUseCaseFrame() {
        assertEquals("RecruitmentService.filesAwaitingTheCaf", AccessRefusals.methodOf(thrownAt("filesAwaitingTheCaf",
                "fr.ctgportal.ejb.recruitment.__EJB31_Generated__RecruitmentService__Intf____Bean__",
                "fr.ctgportal.ejb.recruitment.RecruitmentService$Proxy$_$$_WeldClientProxy")));
        assertEquals("PostService.find", AccessRefusals.methodOf(
                thrownAt("find", "fr.ctgportal.ejb.post.PostService$Proxy$_$$_WeldClientProxy")));
        assertEquals("a use case", AccessRefusals.methodOf(new EJBAccessException()));
    }

    private static EJBAccessException thrownAt(String method, String... ejbFrames) {
        EJBAccessException refusal = new EJBAccessException("Client not authorized for this invocation");
        StackTraceElement[] frames = new StackTraceElement[ejbFrames.length + 2];
        frames[0] = new StackTraceElement("com.sun.ejb.containers.BaseContainer", "mapLocal3xException", null, 1);
        for (int i = 0; i < ejbFrames.length; i++) {
            frames[i + 1] = new StackTraceElement(ejbFrames[i], method, null, -1);
        }
        frames[frames.length - 1] = new StackTraceElement("fr.ctgportal.web.recruitment.RecruitmentListView", "init",
                null, 40);
        refusal.setStackTrace(frames);
        return refusal;
    }
}
