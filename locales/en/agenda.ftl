# The printed agenda: `one-on-one agenda` as text, Markdown and card.
# Every message here has its twin in ../es/agenda.ftl
# (tests/i18n.rs checks both lists are the same).

## Every format

# A step's or the workshop's length in whole minutes.
agenda-minutes = { $minutes } min

## The plain list: one line a step, then this

agenda-total = total { $length }

## The facilitator's script (Markdown). The labels are set in bold and
## followed by a colon; the times are 24-hour, such as 18:30.

agenda-length = Length
agenda-taking-part = Taking part
agenda-heading = Agenda
agenda-moves-on = Moves on by itself at { $time }.
agenda-ends = Ends by itself at { $time }.
agenda-waits = Waits for the trainer
agenda-waits-detail = at { $time } the chime sounds and the clock runs into overtime until you move on.
agenda-roles = Roles
agenda-choose = Choose someone for each job
# In bold, then agenda-acts-paced-detail in brackets.
agenda-acts-paced = The acts, paced
agenda-acts-paced-detail = the screen highlights the one the pair should be in
agenda-questions-on-screen = Questions on screen
agenda-on-screen = On screen: { $heading }
agenda-no-reflection = The screen shows no reflection questions.
agenda-reflection-questions = Reflection questions for the room
agenda-trainer-notes = Trainer's notes
agenda-do-dont = Do and don't
agenda-do = Do
agenda-dont = Don't

## The participant card (Markdown)

agenda-card-acts = { $count ->
    [5] The five acts of a one-on-one
   *[other] The acts of a one-on-one
}
agenda-card-listen-for = Listen for, and write on your worksheet
agenda-card-next-meeting = When we meet again
agenda-card-next-meeting-hint = When will we meet again to act and keep building this relationship?
agenda-card-reflection = Reflection
