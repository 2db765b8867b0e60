"""Training losses: appearance (L2 plus image-gradient), motion (L1), and a soft orthogonality
term between the shared part and each specific part of the decomposition."""

import torch.nn.functional as F


def gradient_loss(prediction, target):
    """Mean absolute difference of horizontal and vertical image gradients."""
    def gradients(image):
        return (image[..., :, 1:] - image[..., :, :-1]).abs(), (image[..., 1:, :] - image[..., :-1, :]).abs()

    pred_x, pred_y = gradients(prediction)
    target_x, target_y = gradients(target)
    return (pred_x - target_x).abs().mean() + (pred_y - target_y).abs().mean()


def orthogonality_loss(shared, specific):
    """Mean squared cosine similarity between channel vectors of two (B_, D, h, w) maps."""
    cosine = F.cosine_similarity(shared, specific, dim=1, eps=1e-6)
    return (cosine ** 2).mean()


def total_loss(appearance, motion, parts, frame_t, frame_before, weights: dict):
    """Return (weighted sum, dict of the unweighted terms as floats)."""
    shared, part_appearance, part_motion = parts
    terms = {
        "appearance_l2": F.mse_loss(appearance, frame_t),
        "appearance_gradient": gradient_loss(appearance, frame_t),
        "motion_l1": F.l1_loss(motion, frame_t - frame_before),
        "orthogonality": orthogonality_loss(shared, part_appearance)
        + orthogonality_loss(shared, part_motion),
    }
    total = sum(weights[name] * value for name, value in terms.items())
    return total, {name: value.item() for name, value in terms.items()}
