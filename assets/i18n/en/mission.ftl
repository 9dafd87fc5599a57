# Today's mission (the levels a teacher chose, brought by the teacher's link) and "Send to
# my teacher". Keep sentences short and plain: many players are 7–9 years old.
# $class is the name the teacher gave the class, e.g. "4B".

## A class link that cannot be used (the pupil reads it; a teacher may be nearby)
mission-link-damaged = This class link is damaged. Ask your teacher for the link again.
mission-link-newer = This class link is from a newer Byte Bridge. Ask your teacher to help you update the game.
mission-link-no-levels = This class link has no levels this game knows. Ask your teacher to help you update the game.
mission-stored-unreadable = Today's mission on this tablet could not be read. Ask your teacher for the link again.

## The player's home and the map
mission-title = Today's mission: { $class }
# A mission level's button, read by screen readers: its title and stars.
mission-level = { $title }, { $status }
mission-previous = Previous levels
mission-next = More levels
mission-map-locked = Your teacher chose today's levels.
mission-locked-hint = This level is not in today's mission.

## Grown-ups
mission-remove = Remove today's mission ({ $class })
mission-removed = Today's mission was removed from this tablet.

## Send to my teacher (the teacher's page calls this button by its name)
send-to-teacher = Send to my teacher
send-for-class = Your stars for class { $class }
send-no-class = Your stars on this tablet
send-save = Save a file
send-share = Share
send-show-code = Show a QR code
send-saved = Your file is saved. Give it to your teacher.
send-code-caption = Show this code to your teacher's camera
# The code's name for screen readers.
send-code-image = QR code with your stars for your teacher
send-code-failed = The code could not be made. Save a file instead.

## Inside a school's platform (Kolibri, an LMS): the platform's learner is the player.
# Shown when the game cannot reach the school's platform (no SCORM API, the cmi5 launch failed, no Kolibri bridge).
package-unreachable = This game could not reach your school's platform. You can play, and your stars stay on this device.
# Shown when the progress the platform kept for the pupil could not be read.
package-saved-unreadable = Your stars from another device could not be read. You can play on from here.
mission-link-made-refused = A level your teacher made in this class link is damaged or was changed, so the link was not used. Ask your teacher for the link again.
made-world-title = Made by your teacher
made-by-teacher = Made by your teacher
made-by-teacher-in = Made by your teacher, in { $language }
mission-level-made = { $made }, { $status }
mission-file-taken = Today's mission for { $class } is on this tablet now.
