// chan.cpp: channels and select, with the seed era's chan.c semantics:
// an unbuffered send hands the value straight to a waiting receiver (and
// vice versa), a buffered channel is a ring, and a goroutine that must wait
// parks (Gwaiting, gosched) until the peer readies it: nothing spins.
//
// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.
#include "runtime.h"
#include "race.h"

namespace runtime {

enum { NOSELGEN = 1 };  // selgen of a sudog that is not in a select

struct SudoG {
  G *g;          // g and selgen constitute
  int32 selgen;  // a weak pointer to g
  SudoG *link;
  byte *elem;  // data element
};

struct WaitQ {
  SudoG *first;
  SudoG *last;
};


}  // namespace runtime

// The channel itself (gort.h's opaque Hchan).
struct Hchan {
  runtime::uint32 qcount;    // total data in the q
  runtime::uint32 dataqsiz;  // size of the circular q
  runtime::uintptr elemsize;
  bool closed;
  runtime::uint32 sendx;  // send index
  runtime::uint32 recvx;  // receive index
  runtime::WaitQ recvq;   // list of recv waiters
  runtime::WaitQ sendq;   // list of send waiters
  runtime::Lock lock;     // protects all of the above
};

namespace runtime {

// Buffer slot i: the ring follows the header.
static byte *chanbuf(Hchan *c, uint32 i) {
  return (byte *)(c + 1) + (uintptr)c->elemsize * i;
}

static void enqueue(WaitQ *q, SudoG *sgp) {
  sgp->link = nil;
  if (q->first == nil) {
    q->first = sgp;
    q->last = sgp;
    return;
  }
  q->last->link = sgp;
  q->last = sgp;
}

static SudoG *dequeue(WaitQ *q) {
  SudoG *sgp;

loop:
  sgp = q->first;
  if (sgp == nil)
    return nil;
  q->first = sgp->link;

  // if sgp is stale, ignore it
  if (sgp->selgen != NOSELGEN &&
      (sgp->selgen != (int32)sgp->g->selgen ||
       !cas(&sgp->g->selgen, sgp->selgen, sgp->selgen + 2)))
    goto loop;

  return sgp;
}

// Removes the running g's sudogs from q (a select that did not use it).
static void dequeueg(WaitQ *q) {
  SudoG **l, *sgp, *prevsgp = nil;
  G *g = getg();

  for (l = &q->first; (sgp = *l) != nil; l = &sgp->link, prevsgp = sgp) {
    if (sgp->g == g) {
      *l = sgp->link;
      if (q->last == sgp)
        q->last = prevsgp;
      break;
    }
  }
}

// The value copied in, or zeroed when there is none (a closed channel).
static void copyelem(Hchan *c, void *dst, void const *src) {
  if (src != nil)
    mcpy(dst, src, c->elemsize);
  else
    memclr(dst, c->elemsize);
}

// PORT: Go's racesync for a synchronous channel under -race, each side in
// its own TSan fiber (the C interface acts for the running goroutine
// only, where Go's acts for the parked one too): a waiter leaves its
// clock at its G before it parks (racepark); the goroutine that takes
// its sudog acquires that and leaves its own (racetake), which the waiter
// acquires when it wakes (racewake). The send and the receive each happen
// before the other completes, as Go's memory model has it. (A G waits
// once at a time, and one taker takes it, a select's too. Its address is
// the place, not the sudog's: a sudog on each goroutine's own stack cost
// each a page of TSan's metadata, first read, then written: a TLB flush.)
static void racepark(SudoG *sg) { racerelease(sg->g); }

static void racetake(SudoG *sg) {
  raceacquire(sg->g);
  racerelease(sg->g);
}

static void racewake(SudoG *sg) { raceacquire(sg->g); }

// Go's racenotify: the k-th receive from a buffered channel happens before
// the (k+C)-th send completes, through the slot they share.
static void racenotify(Hchan *c, uint32 i) {
  if (raceenabled)
    racereleaseacquire(chanbuf(c, i));
}

static void park(const char *reason) {
  G *g = getg();
  g->status = Gwaiting;
  g->waitreason = reason;
  gosched();
}

Hchan *makechan(GoType const *t, int64 hint) {
  if (hint < 0 || (uint64)hint > ((uint64)1 << 31) ||
      (t->size > 0 && (uint64)hint > ((uint64)1 << 40) / t->size))
    panicstring("makechan: size out of range");
  Hchan *c = (Hchan *)mal(sizeof(Hchan) + (uintptr)t->size * hint);
  c->elemsize = t->size;
  c->dataqsiz = (uint32)hint;
  return c;
}

// Sends *ep on c. With pres, never blocks: *pres says whether it sent.
static void chansend(Hchan *c, void const *ep, bool *pres) {
  SudoG *sg;
  SudoG mysg;
  G *gp, *g = getg();

  if (c == nil) {
    if (pres != nil) {
      *pres = false;
      return;
    }
    park("chan send (nil chan)");  // forever
    throw_("chansend: nil channel woke up");
  }

  lock(&c->lock);
  if (c->closed)
    goto closed;

  if (c->dataqsiz > 0)
    goto asynch;

  sg = dequeue(&c->recvq);
  if (sg != nil) {
    unlock(&c->lock);

    gp = sg->g;
    gp->param = sg;
    if (sg->elem != nil)
      copyelem(c, sg->elem, ep);
    racetake(sg);
    ready(gp);

    if (pres != nil)
      *pres = true;
    return;
  }

  if (pres != nil) {
    unlock(&c->lock);
    *pres = false;
    return;
  }

  mysg.elem = (byte *)ep;
  mysg.g = g;
  mysg.selgen = NOSELGEN;
  g->param = nil;
  g->status = Gwaiting;
  g->waitreason = "chan send";
  racepark(&mysg);
  enqueue(&c->sendq, &mysg);
  unlock(&c->lock);
  gosched();

  if (g->param == nil) {
    lock(&c->lock);
    if (!c->closed)
      throw_("chansend: spurious wakeup");
    goto closed;
  }
  racewake(&mysg);

  return;

asynch:
  if (c->closed)
    goto closed;

  if (c->qcount >= c->dataqsiz) {
    if (pres != nil) {
      unlock(&c->lock);
      *pres = false;
      return;
    }
    mysg.g = g;
    mysg.elem = nil;
    mysg.selgen = NOSELGEN;
    g->status = Gwaiting;
    g->waitreason = "chan send";
    enqueue(&c->sendq, &mysg);
    unlock(&c->lock);
    gosched();

    lock(&c->lock);
    goto asynch;
  }
  racenotify(c, c->sendx);
  copyelem(c, chanbuf(c, c->sendx), ep);
  if (++c->sendx == c->dataqsiz)
    c->sendx = 0;
  c->qcount++;

  sg = dequeue(&c->recvq);
  if (sg != nil) {
    gp = sg->g;
    unlock(&c->lock);
    ready(gp);
  } else
    unlock(&c->lock);
  if (pres != nil)
    *pres = true;
  return;

closed:
  unlock(&c->lock);
  panicstring("send on closed channel");
}

// Receives from c into *ep (if ep is not nil). With selected, never
// blocks: *selected says whether it received. *received is false when the
// value is the zero value of a closed channel.
static void chanrecv(Hchan *c, void *ep, bool *selected, bool *received) {
  SudoG *sg;
  SudoG mysg;
  G *gp, *g = getg();

  if (c == nil) {
    if (selected != nil) {
      *selected = false;
      return;
    }
    park("chan receive (nil chan)");  // forever
    throw_("chanrecv: nil channel woke up");
  }

  lock(&c->lock);
  if (c->dataqsiz > 0)
    goto asynch;

  if (c->closed)
    goto closed;

  sg = dequeue(&c->sendq);
  if (sg != nil) {
    unlock(&c->lock);

    if (ep != nil)
      copyelem(c, ep, sg->elem);
    gp = sg->g;
    gp->param = sg;
    racetake(sg);
    ready(gp);

    if (selected != nil)
      *selected = true;
    if (received != nil)
      *received = true;
    return;
  }

  if (selected != nil) {
    unlock(&c->lock);
    *selected = false;
    return;
  }

  mysg.elem = (byte *)ep;
  mysg.g = g;
  mysg.selgen = NOSELGEN;
  g->param = nil;
  g->status = Gwaiting;
  g->waitreason = "chan receive";
  racepark(&mysg);
  enqueue(&c->recvq, &mysg);
  unlock(&c->lock);
  gosched();

  if (g->param == nil) {
    lock(&c->lock);
    if (!c->closed)
      throw_("chanrecv: spurious wakeup");
    goto closed;
  }
  racewake(&mysg);

  if (received != nil)
    *received = true;
  return;

asynch:
  if (c->qcount <= 0) {
    if (c->closed)
      goto closed;

    if (selected != nil) {
      unlock(&c->lock);
      *selected = false;
      if (received != nil)
        *received = false;
      return;
    }
    mysg.g = g;
    mysg.elem = nil;
    mysg.selgen = NOSELGEN;
    g->status = Gwaiting;
    g->waitreason = "chan receive";
    enqueue(&c->recvq, &mysg);
    unlock(&c->lock);
    gosched();

    lock(&c->lock);
    goto asynch;
  }
  racenotify(c, c->recvx);
  if (ep != nil)
    copyelem(c, ep, chanbuf(c, c->recvx));
  copyelem(c, chanbuf(c, c->recvx), nil);
  if (++c->recvx == c->dataqsiz)
    c->recvx = 0;
  c->qcount--;

  sg = dequeue(&c->sendq);
  if (sg != nil) {
    gp = sg->g;
    unlock(&c->lock);
    ready(gp);
  } else
    unlock(&c->lock);

  if (selected != nil)
    *selected = true;
  if (received != nil)
    *received = true;
  return;

closed:
  raceacquire(c);  // Go's: the close happens before this receive
  if (ep != nil)
    copyelem(c, ep, nil);
  if (selected != nil)
    *selected = true;
  if (received != nil)
    *received = false;
  unlock(&c->lock);
}

// PORT: the compiler's entry points, on the C ABI (the seed's were
// chansend1/chanrecv1/chanrecv2 and selectnb* over frames).
void chansend1(Hchan *c, void const *ep) { chansend(c, ep, nil); }

void chanrecv1(Hchan *c, void *ep) { chanrecv(c, ep, nil, nil); }

bool chanrecv2(Hchan *c, void *ep) {
  bool received;
  chanrecv(c, ep, nil, &received);
  return received;
}

bool selectnbsend(Hchan *c, void const *ep) {
  bool sent;
  chansend(c, ep, &sent);
  return sent;
}

bool selectnbrecv(void *ep, bool *ok, Hchan *c) {
  bool selected, received = false;
  chanrecv(c, ep, &selected, &received);
  if (ok != nil)
    *ok = received;
  return selected;
}

void closechan(Hchan *c) {
  SudoG *sg;
  G *gp;

  if (c == nil)
    panicstring("close of nil channel");

  lock(&c->lock);
  if (c->closed) {
    unlock(&c->lock);
    panicstring("close of closed channel");
  }

  c->closed = true;
  racerelease(c);  // Go's closechan: for the receives that observe it

  // release all readers
  for (;;) {
    sg = dequeue(&c->recvq);
    if (sg == nil)
      break;
    gp = sg->g;
    gp->param = nil;
    ready(gp);
  }

  // release all writers
  for (;;) {
    sg = dequeue(&c->sendq);
    if (sg == nil)
      break;
    gp = sg->g;
    gp->param = nil;
    ready(gp);
  }

  unlock(&c->lock);
}

intgo chanlen(Hchan *c) { return c == nil ? 0 : c->qcount; }

intgo chancap(Hchan *c) { return c == nil ? 0 : c->dataqsiz; }

void block() {
  park("select (no cases)");  // forever
  throw_("block: woke up");
}

// Per-m pseudo-random numbers (the seed's fastrand1), seeded by minit.
uint32 fastrand1() {
  M *m = getm();
  uint32 x = m->fastrand;
  x += x;
  if (x & 0x80000000U)
    x ^= 0x88888eefU;
  m->fastrand = x;
  return x;
}

// select

enum { CaseRecv, CaseSend };

struct Scase {
  SudoG sg;  // must be first member (cast from Scase)
  Hchan *chan;
  uint16 kind;
  bool *receivedp;  // pointer to received bool (recv2)
};

struct Select {
  int32 ncase;
  Scase *scase;
  uint16 *pollorder;  // case poll order
  Hchan **lockorder;  // channel lock order
};

static void sellock(Select *sel) {
  Hchan *c = nil, *c0;
  for (int32 i = 0; i < sel->ncase; i++) {
    c0 = sel->lockorder[i];
    if (c0 && c0 != c) {
      c = c0;
      lock(&c->lock);
    }
  }
}

static void selunlock(Select *sel) {
  Hchan *c = nil, *c0;
  for (int32 i = sel->ncase - 1; i >= 0; i--) {
    c0 = sel->lockorder[i];
    if (c0 && c0 != c) {
      c = c0;
      unlock(&c->lock);
    }
  }
}

enum { SelectSmall = 8 };  // cases kept on the stack; more are malloc'd

// PORT: the compiler passes all cases at once (sends first, then
// receives) and gets back the index of the one that ran, or -1 for
// default; the seed built the Select with newselect/selectsend/selectrecv
// and selectgo jumped to the chosen case's pc.
int32 selectgo(GoScase *cases, int32 nsend, int32 nrecv, bool hasdefault) {
  Scase small[SelectSmall];
  uint16 smallpoll[SelectSmall];
  Hchan *smalllock[SelectSmall];
  int32 origsmall[SelectSmall], *orig;  // the caller's index of each case
  Select sel;
  int32 i, j, o, n = nsend + nrecv, ret;
  Scase *cas;
  Hchan *c;
  SudoG *sg;
  G *gp, *g = getg();

  // Only the cases whose channel is not nil ever run.
  sel.ncase = 0;
  sel.scase = small;
  sel.pollorder = smallpoll;
  sel.lockorder = smalllock;
  orig = origsmall;
  if (n > SelectSmall) {
    sel.scase = (Scase *)mal(n * sizeof(Scase));
    sel.pollorder = (uint16 *)mal(n * sizeof(uint16));
    sel.lockorder = (Hchan **)mal(n * sizeof(Hchan *));
    orig = (int32 *)mal(n * sizeof(int32));
  }
  for (i = 0; i < n; i++) {
    if (cases[i].c == nil)
      continue;
    cas = &sel.scase[sel.ncase++];
    memclr(cas, sizeof *cas);
    cas->chan = cases[i].c;
    cas->kind = i < nsend ? CaseSend : CaseRecv;
    cas->sg.elem = (byte *)cases[i].elem;
    cas->receivedp = cases[i].ok;
    orig[sel.ncase - 1] = i;
  }

  if (sel.ncase == 0) {
    if (hasdefault) {
      ret = -1;
      goto done;
    }
    park("select");  // forever: every channel is nil (Go 1.19's words)
    throw_("select: woke up");
  }

  // generate permuted order
  for (i = 0; i < sel.ncase; i++)
    sel.pollorder[i] = i;
  for (i = 1; i < sel.ncase; i++) {
    o = sel.pollorder[i];
    j = fastrand1() % (i + 1);
    sel.pollorder[i] = sel.pollorder[j];
    sel.pollorder[j] = o;
  }

  // sort the cases by Hchan address to get the locking order.
  for (i = 0; i < sel.ncase; i++) {
    c = sel.scase[i].chan;
    for (j = i; j > 0 && sel.lockorder[j - 1] >= c; j--)
      sel.lockorder[j] = sel.lockorder[j - 1];
    sel.lockorder[j] = c;
  }

  sellock(&sel);

loop:
  // pass 1 - look for something already waiting
  for (i = 0; i < sel.ncase; i++) {
    o = sel.pollorder[i];
    cas = &sel.scase[o];
    c = cas->chan;

    switch (cas->kind) {
    case CaseRecv:
      if (c->dataqsiz > 0) {
        if (c->qcount > 0)
          goto asyncrecv;
      } else {
        sg = dequeue(&c->sendq);
        if (sg != nil)
          goto syncrecv;
      }
      if (c->closed)
        goto rclose;
      break;

    case CaseSend:
      if (c->closed)
        goto sclose;
      if (c->dataqsiz > 0) {
        if (c->qcount < c->dataqsiz)
          goto asyncsend;
      } else {
        sg = dequeue(&c->recvq);
        if (sg != nil)
          goto syncsend;
      }
      break;
    }
  }

  if (hasdefault) {
    selunlock(&sel);
    ret = -1;
    goto done;
  }

  // pass 2 - enqueue on all chans
  for (i = 0; i < sel.ncase; i++) {
    o = sel.pollorder[i];
    cas = &sel.scase[o];
    c = cas->chan;
    sg = &cas->sg;
    sg->g = g;
    sg->selgen = g->selgen;

    racepark(sg);
    switch (cas->kind) {
    case CaseRecv:
      enqueue(&c->recvq, sg);
      break;
    case CaseSend:
      enqueue(&c->sendq, sg);
      break;
    }
  }

  g->param = nil;
  g->status = Gwaiting;
  g->waitreason = "select";
  selunlock(&sel);
  gosched();

  sellock(&sel);
  sg = (SudoG *)g->param;

  // pass 3 - dequeue from unsuccessful chans
  // otherwise they stack up on quiet channels
  for (i = 0; i < sel.ncase; i++) {
    if (sg == nil || i != (Scase *)sg - sel.scase) {
      cas = &sel.scase[i];
      c = cas->chan;
      if (cas->kind == CaseSend)
        dequeueg(&c->sendq);
      else
        dequeueg(&c->recvq);
    }
  }

  if (sg == nil)  // woken by close: look again
    goto loop;

  cas = (Scase *)sg;
  c = cas->chan;

  if (c->dataqsiz > 0)
    throw_("selectgo: shouldn't happen");
  racewake(sg);

  if (cas->kind == CaseRecv) {
    if (cas->receivedp != nil)
      *cas->receivedp = true;
  }

  selunlock(&sel);
  goto retc;

asyncrecv:
  // can receive from buffer
  if (cas->receivedp != nil)
    *cas->receivedp = true;
  racenotify(c, c->recvx);
  if (cas->sg.elem != nil)
    copyelem(c, cas->sg.elem, chanbuf(c, c->recvx));
  copyelem(c, chanbuf(c, c->recvx), nil);
  if (++c->recvx == c->dataqsiz)
    c->recvx = 0;
  c->qcount--;
  sg = dequeue(&c->sendq);
  if (sg != nil) {
    gp = sg->g;
    selunlock(&sel);
    ready(gp);
  } else {
    selunlock(&sel);
  }
  goto retc;

asyncsend:
  // can send to buffer
  racenotify(c, c->sendx);
  copyelem(c, chanbuf(c, c->sendx), cas->sg.elem);
  if (++c->sendx == c->dataqsiz)
    c->sendx = 0;
  c->qcount++;
  sg = dequeue(&c->recvq);
  if (sg != nil) {
    gp = sg->g;
    selunlock(&sel);
    ready(gp);
  } else {
    selunlock(&sel);
  }
  goto retc;

syncrecv:
  // can receive from sleeping sender (sg)
  selunlock(&sel);
  if (cas->receivedp != nil)
    *cas->receivedp = true;
  if (cas->sg.elem != nil)
    copyelem(c, cas->sg.elem, sg->elem);
  gp = sg->g;
  gp->param = sg;
  racetake(sg);
  ready(gp);
  goto retc;

rclose:
  // read at end of closed channel
  selunlock(&sel);
  raceacquire(c);
  if (cas->receivedp != nil)
    *cas->receivedp = false;
  if (cas->sg.elem != nil)
    copyelem(c, cas->sg.elem, nil);
  goto retc;

syncsend:
  // can send to sleeping receiver (sg)
  selunlock(&sel);
  if (sg->elem != nil)
    copyelem(c, sg->elem, cas->sg.elem);
  gp = sg->g;
  gp->param = sg;
  racetake(sg);
  ready(gp);
  goto retc;

sclose:
  // send on closed channel
  selunlock(&sel);
  panicstring("send on closed channel");

retc:
  ret = orig[cas - sel.scase];

done:
  if (n > SelectSmall) {
    free(orig);
    free(sel.scase);
    free(sel.pollorder);
    free(sel.lockorder);
  }
  return ret;
}

}  // namespace runtime
