//! Kiosk mode: after `IDLE_RESET_SECS` without input the answers are cleared;
//! for the last `IDLE_WARN_SECS` a warning with a countdown is on screen.

use super::{dom, CtxProps};
use crate::client::{self, Action, Idle, S};
use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Interval;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

const ACTIVITY: [&str; 6] = [
    "pointerdown",
    "keydown",
    "touchstart",
    "wheel",
    "input",
    "mousemove",
];

#[function_component]
pub fn IdleGuard(props: &CtxProps) -> Html {
    let ctx = props.ctx.clone();
    let lang = ctx.lang;
    let warning = use_state(|| None::<u32>);
    let last = use_mut_ref(|| Rc::new(Cell::new(dom::now_ms())));
    let pristine = use_mut_ref(|| Rc::new(Cell::new(true)));
    pristine.borrow().set(ctx.is_pristine());
    let care = use_mut_ref(|| Rc::new(Cell::new(false)));
    care.borrow().set(ctx.portal.care);

    {
        let ctx = ctx.clone();
        let warning = warning.clone();
        let last = last.borrow().clone();
        let pristine = pristine.borrow().clone();
        let care = care.borrow().clone();
        use_effect_with((), move |_| {
            let shown = Rc::new(Cell::new(None::<u32>));
            let listeners: Vec<EventListener> = ACTIVITY
                .iter()
                .map(|ev| {
                    let last = last.clone();
                    let shown = shown.clone();
                    let warning = warning.clone();
                    let opts = EventListenerOptions {
                        phase: gloo::events::EventListenerPhase::Capture,
                        passive: true,
                    };
                    EventListener::new_with_options(&dom::window(), *ev, opts, move |_| {
                        last.set(dom::now_ms());
                        if shown.get().is_some() {
                            shown.set(None);
                            warning.set(None);
                        }
                    })
                })
                .collect();
            let tick = Interval::new(1_000, move || {
                let idle = ((dom::now_ms() - last.get()) / 1000.0).max(0.0) as u32;
                let phase = if pristine.get() {
                    Idle::Active
                } else {
                    client::idle_phase_for(idle, care.get())
                };
                let next = match phase {
                    Idle::Active => None,
                    Idle::Warning(n) => Some(n),
                    Idle::Reset => {
                        last.set(dom::now_ms());
                        ctx.dispatch(Action::Restart);
                        None
                    }
                };
                if shown.get() != next {
                    shown.set(next);
                    warning.set(next);
                }
            });
            move || {
                drop(tick);
                drop(listeners);
            }
        });
    }

    // Focus the button when the warning appears (keyboard and screen-reader users).
    let visible = warning.is_some();
    use_effect_with(visible, |visible| {
        if *visible {
            dom::focus("idle-continue");
        }
    });

    // Announced once when it appears (the countdown itself is not read out every second).
    let first = use_mut_ref(|| None::<u32>);
    let Some(secs) = *warning else {
        *first.borrow_mut() = None;
        return Html::default();
    };
    let announced = *first.borrow_mut().get_or_insert(secs);
    let keep = {
        let last = last.borrow().clone();
        let warning = warning.clone();
        Callback::from(move |_: MouseEvent| {
            last.set(dom::now_ms());
            warning.set(None);
        })
    };
    html! {
        <div class="idle-backdrop">
            <div class="idle" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-text">
                <h2 id="idle-title" class="h2">{ S::IdleTitle.get(lang) }</h2>
                <p id="idle-text" class="idle__text" aria-live="off">{ client::idle_text(secs, lang) }</p>
                <p class="visually-hidden" role="alert">{ client::idle_text(announced, lang) }</p>
                <button id="idle-continue" type="button" class="button" onclick={keep}>{ S::IdleContinue.get(lang) }</button>
            </div>
        </div>
    }
}
