package kz.shamy.circle.internal;

import jakarta.persistence.Embeddable;

/**
 * A teacher who presented their poster at a network event. The poster's title is the one the teacher gave in
 * PresentPoster, kept on their development project (the one place it is recorded).
 */
@Embeddable
public class NetworkEventPoster {

    /** The presenting teacher's username. */
    private String teacherId;

    protected NetworkEventPoster() {
    }

    NetworkEventPoster(String teacherId) {
        this.teacherId = teacherId;
    }

    public String getTeacherId() {
        return teacherId;
    }
}
