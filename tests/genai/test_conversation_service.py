"""The conversation service end to end: a real project, the real SDK, the local demo server."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.images import png

from cutie_app.core.genai.engine import ImageEngine
from cutie_app.core.genai.gemini import ClientSettings, GeminiBackend
from cutie_app.core.model.catalog import ModelCatalog
from cutie_app.core.model.conversation import ConversationError
from cutie_app.core.model.generation import Recipe, Variant, VariantStatus
from cutie_app.core.model.references import ReferenceImage, ReferenceKind, ReferenceRole
from cutie_app.core.model.spec import CharacterSpec, PaletteColor
from cutie_app.core.services.conversation import ConversationService
from cutie_app.core.services.projects import ProjectService
from cutie_app.demo.server import DemoServer

SPEC = CharacterSpec(
    name="Little Orange",
    hair="orange pigtails",
    palette=(PaletteColor("orange", "#FF8C00"),),
)


def b64bytes(text: str) -> bytes:
    return base64.urlsafe_b64decode(text.replace("+", "-").replace("/", "_") + "=" * (-len(text) % 4))


def posts(server: DemoServer) -> list[dict]:
    return [r.body for r in server.requests if r.path.endswith(":generateContent") and r.body is not None]


@pytest.fixture
def engine(demo_server: DemoServer, tmp_path: Path) -> Iterator[ImageEngine]:
    settings = ClientSettings(api_key="conv-key", base_url=demo_server.base_url, timeout_s=30.0)
    catalog = ModelCatalog.load(tmp_path / "learned.json")
    with ImageEngine(lambda: GeminiBackend(settings), catalog, concurrency=4, timeout_s=30.0) as built:
        yield built


def open_project(folder: Path) -> ProjectService:
    return ProjectService.open(folder, create=True, name="Little Orange")


def seed_project(project: ProjectService) -> int:
    """The character, two references and the anchor, plus one gallery image; its image id."""
    project.save_spec(SPEC)
    project.add_reference(
        ReferenceImage(
            png((255, 140, 0)), "image/png", ReferenceRole.IDENTITY, ReferenceKind.PERSON, "front.png"
        )
    )
    project.add_reference(
        ReferenceImage(png((250, 150, 10)), "image/png", ReferenceRole.SIDE, ReferenceKind.PERSON, "side.png")
    )
    project.add_reference(
        ReferenceImage(
            png((255, 165, 0)), "image/png", ReferenceRole.ANCHOR, ReferenceKind.PERSON, "anchor.png"
        )
    )
    from cutie_app.core.model.generation import GeneratedImage
    from cutie_app.core.model.prompt import compose

    recipe = Recipe(
        "gemini-3-pro-image", compose(None, "gallery"), None, None, None, None, (), response_id="r0"
    )
    saved = project.save_variant(
        Variant(
            0, VariantStatus.DELIVERED, recipe, (GeneratedImage(png((255, 140, 0), (64, 64)), "image/png"),)
        )
    )
    return saved.image_ids[0]


def wire_parts(content: dict) -> list[tuple[str, bytes]]:
    """A content's parts as (kind, bytes) in the form the wire carries them (camelCase JSON)."""
    out = []
    for part in content["parts"]:
        if "inlineData" in part:
            out.append(("image", b64bytes(part["inlineData"]["data"])))
        if "text" in part:
            out.append(("text", part["text"].encode()))
        if "thoughtSignature" in part:
            out.append(("signature", b64bytes(part["thoughtSignature"])))
        if part.get("thought"):
            out.append(("thought", b""))
    return out


def stored_parts(content: dict) -> list[tuple[str, bytes]]:
    """The same for a stored (SDK `model_dump(mode="json")`) content."""
    out = []
    for part in content["parts"]:
        if part.get("inline_data"):
            out.append(("image", b64bytes(part["inline_data"]["data"])))
        if part.get("text") is not None:
            out.append(("text", part["text"].encode()))
        if part.get("thought_signature"):
            out.append(("signature", b64bytes(part["thought_signature"])))
        if part.get("thought"):
            out.append(("thought", b""))
    return out


def test_a_conversation_from_a_gallery_image_sends_the_character_then_only_edits(
    engine: ImageEngine, demo_server: DemoServer, tmp_path: Path
) -> None:
    with open_project(tmp_path / "p") as project:
        image_id = seed_project(project)
        chats = ConversationService(project, lambda: engine)
        conv = chats.start(image_id=image_id)
        first = chats.send(conv.id, "make her smile")
        assert [o.variant.status for o in first.outcomes] == [VariantStatus.DELIVERED]

        sent = posts(demo_server)[0]["contents"]
        assert len(sent) == 1
        images = [b for kind, b in wire_parts(sent[0]) if kind == "image"]
        refs = project.character().references
        gallery_bytes, _ = project.image_bytes(image_id)
        # The references with their roles, in slot order, then the picture being edited.
        assert images == [r.data for r in refs] + [gallery_bytes]
        text = sent[0]["parts"][-1]["text"]
        assert "Little Orange" in text and "#FF8C00" in text
        assert "is the front view (identity)" in text and "is the approved anchor image" in text
        assert "Image 4 is the picture to edit." in text
        assert "Change only this: make her smile." in text and "Keep everything else exactly the same" in text

        turn1 = first.outcomes[0].model_turn
        assert turn1 is not None and turn1.image_ids
        record = project.image(turn1.image_ids[0])
        assert record.conversation_id == conv.id and record.turn_id == turn1.id
        recipe = record.recipe_dict
        assert recipe["conversation_id"] == conv.id
        assert recipe["conversation_path"] == [turn1.parent_id, turn1.id]
        assert recipe["spec_version"] == project.spec()[0]  # type: ignore[index]
        assert [r["sha256"] for r in recipe["references"]] == [r.sha256 for r in refs] + [
            ReferenceImage(gallery_bytes, "image/png").sha256
        ]

        second = chats.send(conv.id, "add a red scarf", keep_reminder=False)
        sent = posts(demo_server)[1]["contents"]
        assert [c["role"] for c in sent] == ["user", "model", "user"]
        assert [kind for kind, _ in wire_parts(sent[2])] == ["text"]  # no references again
        assert sent[2]["parts"][0]["text"] == "add a red scarf"
        turn2 = second.outcomes[0].model_turn
        assert turn2 is not None and turn2.parent_id is not None
        assert project.image(turn2.image_ids[0]).recipe_dict["references"] == recipe["references"]
        assert project.image(turn2.image_ids[0]).recipe_dict["conversation_path"] == [
            turn1.parent_id, turn1.id, turn2.parent_id, turn2.id
        ]  # fmt: skip


def test_three_turns_a_branch_from_the_first_and_a_blocked_turn_never_sent_back(
    engine: ImageEngine, demo_server: DemoServer, tmp_path: Path
) -> None:
    with open_project(tmp_path / "p") as project:
        seed_project(project)
        chats = ConversationService(project, lambda: engine)
        conv = chats.start()
        t1 = chats.send(conv.id, "Little Orange waving").outcomes[0].model_turn
        t2 = chats.send(conv.id, "make her smile").outcomes[0].model_turn
        blocked = chats.send(conv.id, "[demo:image-safety] make it edgy").outcomes[0]
        assert blocked.variant.status is VariantStatus.BLOCKED
        assert blocked.model_turn is not None and blocked.model_turn.error is not None
        assert "safety" in json.dumps(blocked.model_turn.error).lower()
        t3 = chats.send(conv.id, "add a hat", parent_id=t2.id).outcomes[0].model_turn  # type: ignore[union-attr]
        assert t1 is not None and t2 is not None and t3 is not None

        history = posts(demo_server)[-1]["contents"]
        assert [c["role"] for c in history] == ["user", "model", "user", "model", "user"]
        assert not any("demo:image-safety" in p.get("text", "") for c in history for p in c["parts"])

        # Continuing from the blocked turn itself still leaves it out of the history.
        chats.send(conv.id, "try something else", parent_id=blocked.model_turn.id)
        history = posts(demo_server)[-1]["contents"]
        assert [c["role"] for c in history] == ["user", "model", "user", "model", "user"]
        assert not any("demo:image-safety" in p.get("text", "") for c in history for p in c["parts"])

        branch = chats.send(conv.id, "make her frown", parent_id=t1.id).outcomes[0].model_turn
        history = posts(demo_server)[-1]["contents"]
        assert [c["role"] for c in history] == ["user", "model", "user"]
        tree = chats.get(conv.id)
        assert len(tree.children(t1.id)) == 2  # two user messages continue the first answer
        assert t2.id in tree.turns and t3.id in tree.turns and branch is not None
        assert tree.exchanges == 6
        assert [t.id for t in chats.path(conv.id, branch.id)][-2:] == [branch.parent_id, branch.id]


def test_send_three_tries_makes_three_branches_in_parallel(
    engine: ImageEngine, demo_server: DemoServer, tmp_path: Path
) -> None:
    with open_project(tmp_path / "p") as project:
        seed_project(project)
        chats = ConversationService(project, lambda: engine)
        conv = chats.start()
        t1 = chats.send(conv.id, "Little Orange waving").outcomes[0].model_turn
        assert t1 is not None
        result = chats.send(conv.id, "make her smile", tries=3)
        assert len(result.outcomes) == 3 and len(result.delivered) == 3
        tree = result.conversation
        users = tree.children(t1.id)
        assert len(users) == 3 and {u.text for u in users} == {"make her smile"}
        answers = [tree.children(u.id)[0] for u in users]
        assert len({a.image_ids[0] for a in answers}) == 3
        assert len(posts(demo_server)) == 4
        assert all(
            [c["role"] for c in p["contents"]] == ["user", "model", "user"] for p in posts(demo_server)[1:]
        )


def test_reopened_project_continues_with_history_byte_equal_to_what_was_stored(
    engine: ImageEngine, demo_server: DemoServer, tmp_path: Path
) -> None:
    folder = tmp_path / "p"
    with open_project(folder) as project:
        image_id = seed_project(project)
        chats = ConversationService(project, lambda: engine)
        conv = chats.start(image_id=image_id)
        chats.send(conv.id, "make her smile")
        chats.send(conv.id, "add a red scarf")
        conv_id = conv.id

    with ProjectService.open(folder) as reopened:
        chats = ConversationService(reopened, lambda: engine)
        stored = chats.get(conv_id)
        path = stored.path(stored.head)
        chats.send(conv_id, "now wave")
        sent = posts(demo_server)[-1]["contents"]
        assert len(sent) == len(path) + 1
        for wire, turn in zip(sent, path, strict=False):
            assert wire["role"] == turn.role
            assert wire_parts(wire) == stored_parts(dict(turn.content))
        signatures = [b for kind, b in wire_parts(sent[1]) if kind == "signature"]
        assert signatures and all(s.startswith(b"\xfb\xff\xfe") for s in signatures)


def test_a_model_turn_changed_after_saving_is_refused_before_sending(
    engine: ImageEngine, demo_server: DemoServer, tmp_path: Path
) -> None:
    folder = tmp_path / "p"
    with open_project(folder) as project:
        seed_project(project)
        chats = ConversationService(project, lambda: engine)
        conv = chats.start()
        chats.send(conv.id, "Little Orange waving")
        data = chats.get(conv.id).to_dict()
    for turn in data["turns"]:
        for part in turn["content"].get("parts", []):
            if turn["role"] == "model" and part.get("thought_signature"):
                raw = bytearray(b64bytes(part["thought_signature"]))
                raw[-1] ^= 0xFF
                part["thought_signature"] = base64.urlsafe_b64encode(bytes(raw)).decode()
    from cutie_app.core.model.conversation import Conversation

    with ProjectService.open(folder) as reopened:
        reopened.save_conversation(Conversation.from_dict(data))
        chats = ConversationService(reopened, lambda: engine)
        before = len(posts(demo_server))
        with pytest.raises(ConversationError, match="could not be continued"):
            chats.send(conv.id, "make her smile")
        assert len(posts(demo_server)) == before  # nothing was sent, nothing billed
